using System.Globalization;

namespace LivingLibrary.Domain.Pairings.Suggestions;

/// <summary>
/// Renders a suggestion in plain English words for a facilitator. Names come from the lookups given; a missing
/// one falls back to the code (a person to the start of their id). Other languages can render the same
/// structured lines later.
/// </summary>
public sealed class PairingWords(
    Func<Guid, string?>? personName = null,
    Func<string, string?>? subjectLabel = null,
    Func<string, string?>? languageName = null)
{
    public PairingWords(
        IReadOnlyDictionary<Guid, string> people,
        IReadOnlyDictionary<string, string>? subjects = null,
        IReadOnlyDictionary<string, string>? languages = null)
        : this(id => people.GetValueOrDefault(id), code => subjects?.GetValueOrDefault(code), code => languages?.GetValueOrDefault(code))
    {
    }

    /// <summary>"Samira can help Jean with online banking: both speak Arabic, both free on Tuesday morning, ..."</summary>
    public string Describe(SuggestedPair pair)
    {
        // What makes the pair possible reads first: a shared language, a moment, the levels.
        var met = pair.Lines.OfType<NeedMetLine>().ToList();
        var clauses = met.Select(Languages)
            .Concat(pair.Lines.OfType<AvailabilityLine>().Select(l => Describe(l, pair)))
            .Concat(met.Select(l => Levels(l, pair)))
            .Concat(pair.Lines.Where(l => l is not NeedMetLine and not AvailabilityLine).Select(l => Describe(l, pair)))
            .Where(c => c.Length > 0)
            .ToList();
        if (pair.Pinned) clauses.Add("pinned by a facilitator");
        return $"{Person(pair.HelperId)} can help {Person(pair.LearnerId)} with {Subject(pair.Subject)}: {string.Join(", ", clauses)}.";
    }

    /// <summary>One line in words; empty when it has nothing worth saying (a normal priority).</summary>
    public string Describe(ScoreLine line, SuggestedPair pair)
    {
        var helper = Person(pair.HelperId);
        var learner = Person(pair.LearnerId);
        return line switch
        {
            NeedMetLine l => string.Join(", ", new[] { Languages(l), Levels(l, pair) }.Where(c => c.Length > 0)),
            AvailabilityLine { SharedSlots.Count: 0 } => "no free time in common yet",
            AvailabilityLine l => $"both free on {List(l.SharedSlots.Select(Slot), "and")}",
            PriorityLine { Priority: NeedPriority.High } => "high priority",
            PriorityLine { Priority: NeedPriority.Low } => "low priority",
            PriorityLine => "",
            DeadlineLine l => $"{Due(l.DaysLeft)} ({l.Deadline.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)})",
            ContinuityLine { SameSubject: true } => $"{helper} already helped {learner} with this",
            ContinuityLine l => $"{helper} already helped {learner} with {Subject(l.EarlierSubject)}",
            LoadLine { PairingsBefore: 0 } => $"{helper} has no other pairing",
            LoadLine l => $"{helper} already has {Count(l.PairingsBefore, "pairing")} of {l.Capacity}",
            _ => "",
        };
    }

    /// <summary>"Jean waits for help with 2.6: nobody speaks Turkish and can help with 2.6."</summary>
    public string Describe(UnmatchedNeed need)
    {
        var subject = Subject(need.Subject);
        var why = need.Reason switch
        {
            NobodyOffersSubject => "nobody offers that subject",
            NobodyAtLevel r when r.LevelNeeded > PairingPlanner.MaxLevel =>
                $"a helper would need level {r.LevelNeeded}, above the highest level ({PairingPlanner.MaxLevel})",
            NobodyAtLevel r => $"nobody is at level {r.LevelNeeded} or above (the highest offered is {r.HighestLevelOffered})",
            NoSharedLanguage { LearnerLanguages.Count: 0 } => $"no language is recorded for {Person(need.LearnerId)}",
            NoSharedLanguage r => $"nobody speaks {List(r.LearnerLanguages.Select(Language), "or")} and can help with {subject}",
            OnlyExcludedHelpers r => "the only helpers able to help are excluded: " + string.Join("; ", new[]
            {
                r.Forbidden.Count == 0 ? "" : $"{People(r.Forbidden)} by a facilitator",
                r.EndedBadly.Count == 0 ? "" : $"{People(r.EndedBadly)} after a pairing that ended badly",
            }.Where(c => c.Length > 0)),
            EveryHelperFull r => $"every helper for {subject} is full ({People(r.Helpers)})",
            GivenToOtherNeeds r => $"{People(r.Helpers)} could help, but the best plan gives them to other needs",
            HelpersTooLoaded r => $"{People(r.Helpers)} could help, but already have so many pairings that one more would weigh too much",
            _ => "no reason recorded",
        };
        return $"{Person(need.LearnerId)} waits for help with {subject}: {why}.";
    }

    /// <summary>"Samira could not be pinned to Jean's need (online banking): Samira is full (2 of 2)."</summary>
    public string Describe(UnmetPin pin, PairingRequest request)
    {
        var need = request.Needs.FirstOrDefault(n => n.NeedId == pin.NeedId);
        var helper = request.Helpers.FirstOrDefault(h => h.HelperId == pin.HelperId);
        var name = Person(pin.HelperId);
        var learner = need is null ? "a learner" : Person(need.LearnerId);
        var subject = need is null ? "an unknown subject" : Subject(need.Subject);
        var level = helper?.Offers.Where(o => o.Subject == need?.Subject).Select(o => o.Level).DefaultIfEmpty(0).Max() ?? 0;
        var why = pin.Problem switch
        {
            PinProblem.UnknownNeed => "that need is not part of this request",
            PinProblem.UnknownHelper => $"{name} is not among the helpers of this request",
            PinProblem.SamePerson => "it is the same person",
            PinProblem.SubjectNotOffered => $"{name} does not offer {subject}",
            PinProblem.LevelTooLow => $"{name} is at level {level} in {subject}, and level {need!.LearnerLevel + request.LevelGap} is needed",
            PinProblem.NoSharedLanguage => $"{name} and {learner} share no language",
            PinProblem.Forbidden => $"a facilitator excluded pairing {name} with {learner}",
            PinProblem.EndedBadly => $"an earlier pairing of {name} and {learner} ended badly",
            PinProblem.HelperFull => $"{name} is full",
            PinProblem.NeedAlreadyPinned => "another helper is already pinned to this need",
            PinProblem.AlreadyPairedForSubject => $"{name} is already pinned to another need of {learner} for {subject}",
            _ => "no reason recorded",
        };
        return $"{name} could not be pinned to {learner}'s need ({subject}): {why}.";
    }

    private string Languages(NeedMetLine line) =>
        line.SharedLanguages.Count == 0 ? "" : $"both speak {List(line.SharedLanguages.Select(Language), "and")}";

    private string Levels(NeedMetLine line, SuggestedPair pair) =>
        $"{Person(pair.HelperId)} is at level {line.HelperLevel} in {Subject(pair.Subject)}, " +
        (line.LearnerLevel == 0 ? $"{Person(pair.LearnerId)} has no skill in it yet" : $"{Person(pair.LearnerId)} at {line.LearnerLevel}");

    private string Person(Guid id) => personName?.Invoke(id) ?? $"participant {id.ToString()[..8]}";

    private string People(IEnumerable<Guid> ids) => List(ids.Select(Person), "and");

    private string Subject(string code) => subjectLabel?.Invoke(code) ?? code;

    private string Language(string code) => languageName?.Invoke(code) ?? code;

    private static string Slot(TimeSlot slot) => $"{slot.Day} {slot.Part.ToString().ToLowerInvariant()}";

    private static string Due(int daysLeft) => daysLeft switch
    {
        < -1 => $"the deadline passed {-daysLeft} days ago",
        -1 => "the deadline passed yesterday",
        0 => "due today",
        1 => "due tomorrow",
        _ => $"due in {daysLeft} days",
    };

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string List(IEnumerable<string> items, string conjunction)
    {
        var all = items.ToList();
        return all.Count <= 1 ? string.Concat(all) : $"{string.Join(", ", all[..^1])} {conjunction} {all[^1]}";
    }
}
