
namespace LivingLibrary.Domain.Pairings.Suggestions;

/// <summary>
/// A canonical request, indexed for the planners: needs and helpers are numbered in id order, languages and
/// slots become bit masks, offers are listed per subject by helper number.
/// </summary>
internal sealed class PairingInstance
{
    private readonly ulong[][] _needLanguages;
    private readonly ulong[][] _helperLanguages;
    private readonly int[] _needSlots;
    private readonly int[] _helperSlots;
    private readonly Dictionary<string, Offer[]> _offers;
    private readonly HashSet<(Guid Learner, Guid Helper)> _forbidden;
    private readonly HashSet<(Guid Learner, Guid Helper)> _endedBadly;
    private readonly Dictionary<(Guid Learner, Guid Helper), string[]> _past;
    private readonly HashSet<SubjectPair> _related;
    private readonly Dictionary<Guid, int> _needIndex;
    private readonly Dictionary<Guid, int> _helperIndex;

    public PairingInstance(PairingRequest canonical)
    {
        Request = canonical;
        Weights = canonical.Weights;
        Needs = [.. canonical.Needs];
        Helpers = [.. canonical.Helpers];

        var languages = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var code in Needs.SelectMany(n => n.Languages).Concat(Helpers.SelectMany(h => h.Languages)))
            languages.TryAdd(code, languages.Count);
        var words = Math.Max(1, (languages.Count + 63) / 64);
        _needLanguages = [.. Needs.Select(n => Mask(n.Languages, languages, words))];
        _helperLanguages = [.. Helpers.Select(h => Mask(h.Languages, languages, words))];
        _needSlots = [.. Needs.Select(n => SlotMask(n.Availability))];
        _helperSlots = [.. Helpers.Select(h => SlotMask(h.Availability))];

        // A helper listing a subject twice counts at the higher level.
        _offers = Helpers
            .SelectMany((h, i) => h.Offers.Select(o => (o.Subject, Offer: new Offer(i, o.Level))))
            .GroupBy(x => x.Subject, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.GroupBy(x => x.Offer.Helper).Select(h => new Offer(h.Key, h.Max(x => x.Offer.Level))).OrderBy(o => o.Helper).ToArray(),
                StringComparer.Ordinal);

        _forbidden = [.. canonical.Forbidden.Select(p => (p.LearnerId, p.HelperId))];
        _endedBadly = [.. canonical.EndedBadly.Select(p => (p.LearnerId, p.HelperId))];
        _past = canonical.PastPairings
            .GroupBy(p => (p.LearnerId, p.HelperId))
            .ToDictionary(g => g.Key, g => g.Select(p => p.Subject).ToArray());
        _related = [.. canonical.RelatedSubjects];
        _needIndex = Needs.Select((n, i) => (n.NeedId, i)).ToDictionary(x => x.NeedId, x => x.i);
        _helperIndex = Helpers.Select((h, i) => (h.HelperId, i)).ToDictionary(x => x.HelperId, x => x.i);
        var groups = new Dictionary<(Guid, string), int>();
        NeedGroup = [.. Needs.Select(n => groups.TryGetValue((n.LearnerId, n.Subject), out var g) ? g : groups[(n.LearnerId, n.Subject)] = groups.Count)];
        GroupCount = groups.Count;
    }

    public PairingRequest Request { get; }
    public PairingWeights Weights { get; }
    public LearnerNeed[] Needs { get; }
    public HelperProfile[] Helpers { get; }

    /// <summary>Needs of the same learner for the same subject share a group: a helper takes at most one need of a group.</summary>
    public int[] NeedGroup { get; }

    public int GroupCount { get; }

    public int? NeedIndex(Guid needId) => _needIndex.TryGetValue(needId, out var i) ? i : null;
    public int? HelperIndex(Guid helperId) => _helperIndex.TryGetValue(helperId, out var i) ? i : null;

    /// <summary>The helpers offering a subject, by helper number, each with their level in it.</summary>
    public IReadOnlyList<Offer> Offering(string subject) => _offers.TryGetValue(subject, out var offers) ? offers : [];

    public int LevelOf(int helper, string subject)
    {
        var offers = Offering(subject);
        var lo = 0;
        var hi = offers.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (offers[mid].Helper == helper) return offers[mid].Level;
            if (offers[mid].Helper < helper) lo = mid + 1;
            else hi = mid - 1;
        }
        return 0;
    }

    /// <summary>The first hard constraint (capacity aside) that forbids this pair, or null when it may be suggested.</summary>
    public PinProblem? Problem(int need, int helper, int helperLevel)
    {
        var n = Needs[need];
        var h = Helpers[helper];
        if (n.LearnerId == h.HelperId) return PinProblem.SamePerson;
        if (helperLevel <= 0) return PinProblem.SubjectNotOffered;
        if (helperLevel < n.LearnerLevel + Request.LevelGap) return PinProblem.LevelTooLow;
        if (!ShareLanguage(need, helper)) return PinProblem.NoSharedLanguage;
        if (_forbidden.Contains((n.LearnerId, h.HelperId))) return PinProblem.Forbidden;
        if (_endedBadly.Contains((n.LearnerId, h.HelperId))) return PinProblem.EndedBadly;
        return null;
    }

    public bool ShareLanguage(int need, int helper)
    {
        var a = _needLanguages[need];
        var b = _helperLanguages[helper];
        for (var i = 0; i < a.Length; i++)
            if ((a[i] & b[i]) != 0) return true;
        return false;
    }

    public bool IsForbidden(int need, int helper) => _forbidden.Contains((Needs[need].LearnerId, Helpers[helper].HelperId));

    public bool EndedBadly(int need, int helper) => _endedBadly.Contains((Needs[need].LearnerId, Helpers[helper].HelperId));

    public PairFit Fit(int need, int helper, int helperLevel)
    {
        var n = Needs[need];
        var (earlier, same) = Continuity(n, Helpers[helper].HelperId);
        return new PairFit(
            helperLevel,
            _needSlots[need] & _helperSlots[helper],
            (int)n.Priority,
            n.Deadline is { } d ? d.DayNumber - Request.Today.DayNumber : int.MaxValue,
            earlier,
            same);
    }

    /// <summary>
    /// Subjects are related when the request lists them so, or when both are DigComp competence codes of
    /// the same area: the same text before the '.' ("4.1" and "4.2").
    /// </summary>
    public bool Related(string a, string b)
    {
        var pair = string.CompareOrdinal(a, b) <= 0 ? new SubjectPair(a, b) : new SubjectPair(b, a);
        if (_related.Contains(pair)) return true;
        var dotA = a.IndexOf('.');
        var dotB = b.IndexOf('.');
        return dotA > 0 && dotA == dotB && string.CompareOrdinal(a, 0, b, 0, dotA) == 0;
    }

    private (string? Earlier, bool Same) Continuity(LearnerNeed need, Guid helperId)
    {
        if (_past.Count == 0 || !_past.TryGetValue((need.LearnerId, helperId), out var subjects)) return (null, false);
        if (subjects.Contains(need.Subject, StringComparer.Ordinal)) return (need.Subject, true);
        var related = subjects.FirstOrDefault(s => Related(s, need.Subject));
        return (related, false);
    }

    private static ulong[] Mask(IReadOnlyList<string> codes, Dictionary<string, int> languages, int words)
    {
        var mask = new ulong[words];
        foreach (var code in codes)
        {
            var i = languages[code];
            mask[i / 64] |= 1UL << (i % 64);
        }
        return mask;
    }

    private static int SlotMask(IReadOnlyList<TimeSlot> slots) => slots.Aggregate(0, (mask, s) => mask | 1 << Canonical.Index(s));
}

internal readonly record struct Offer(int Helper, int Level);
