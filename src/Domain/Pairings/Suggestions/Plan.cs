namespace LivingLibrary.Domain.Pairings.Suggestions;

internal readonly record struct Candidate(int Need, int Helper, int Points);

/// <summary>
/// A plan being built: which helper each need gets, and each helper's load (active pairings, pins, suggestions).
/// Both planners start from the same plan with the pins honoured, and only add pairs the hard constraints allow.
/// </summary>
internal sealed class Plan
{
    // A need group (one learner, one subject) and a helper, as group * helpers + helper.
    private readonly HashSet<long> _paired = [];
    private readonly List<UnmetPin> _unmetPins = [];

    public Plan(PairingInstance instance)
    {
        Instance = instance;
        HelperOf = [.. Enumerable.Repeat(-1, instance.Needs.Length)];
        Pinned = new bool[instance.Needs.Length];
        Load = [.. instance.Helpers.Select(h => h.ActivePairings)];
        HonourPins();
        LoadBeforeSuggestion = [.. Load];
    }

    public PairingInstance Instance { get; }
    public int[] HelperOf { get; }
    public bool[] Pinned { get; }
    public int[] Load { get; }

    /// <summary>Each helper's load from active pairings and honoured pins, before any suggestion.</summary>
    public int[] LoadBeforeSuggestion { get; }

    public IReadOnlyList<UnmetPin> UnmetPins => _unmetPins;

    public bool HasRoom(int helper) => Load[helper] < Instance.Helpers[helper].Capacity;

    /// <summary>Whether this helper already has another need of the same learner for the same subject.</summary>
    public bool AlreadyPaired(int need, int helper) => _paired.Count > 0 && _paired.Contains(PairedKey(need, helper));

    public void Take(int need, int helper, bool pinned = false)
    {
        if (HelperOf[need] >= 0 || !HasRoom(helper) || AlreadyPaired(need, helper))
            throw new InvalidOperationException("A planner broke a hard constraint.");
        HelperOf[need] = helper;
        Pinned[need] = pinned;
        Load[helper]++;
        _paired.Add(PairedKey(need, helper));
    }

    private long PairedKey(int need, int helper) => (long)Instance.NeedGroup[need] * Instance.Helpers.Length + helper;

    /// <summary>Every pair a planner may still add (a free need, a helper with room, all hard constraints met), by need then helper.</summary>
    public List<Candidate> Candidates()
    {
        var candidates = new List<Candidate>();
        for (var need = 0; need < Instance.Needs.Length; need++)
        {
            if (HelperOf[need] >= 0) continue;
            foreach (var offer in Instance.Offering(Instance.Needs[need].Subject))
            {
                if (!HasRoom(offer.Helper) || AlreadyPaired(need, offer.Helper)) continue;
                if (Instance.Problem(need, offer.Helper, offer.Level) is not null) continue;
                candidates.Add(new Candidate(need, offer.Helper, Instance.Fit(need, offer.Helper, offer.Level).Points(Instance.Weights)));
            }
        }
        return candidates;
    }

    /// <summary>Pins come first, in need then helper order; a pin the hard constraints refuse is reported, not forced.</summary>
    private void HonourPins()
    {
        foreach (var pin in Instance.Request.Pins)
        {
            var problem = PinProblemOf(pin, out var need, out var helper);
            if (problem is null) Take(need, helper, pinned: true);
            else _unmetPins.Add(new UnmetPin(pin.NeedId, pin.HelperId, problem.Value));
        }
    }

    private PinProblem? PinProblemOf(Pin pin, out int need, out int helper)
    {
        need = Instance.NeedIndex(pin.NeedId) ?? -1;
        helper = Instance.HelperIndex(pin.HelperId) ?? -1;
        if (need < 0) return PinProblem.UnknownNeed;
        if (helper < 0) return PinProblem.UnknownHelper;
        if (HelperOf[need] >= 0) return PinProblem.NeedAlreadyPinned;
        var level = Instance.LevelOf(helper, Instance.Needs[need].Subject);
        if (Instance.Problem(need, helper, level) is { } problem) return problem;
        if (!HasRoom(helper)) return PinProblem.HelperFull;
        if (AlreadyPaired(need, helper)) return PinProblem.AlreadyPairedForSubject;
        return null;
    }
}
