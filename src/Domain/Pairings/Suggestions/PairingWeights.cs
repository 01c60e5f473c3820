namespace LivingLibrary.Domain.Pairings.Suggestions;

/// <summary>
/// How an organisation values a pair, in integer points. <see cref="NeedMet"/> is large so that meeting one
/// more need almost always beats any preference; the others choose among plans that meet as many.
/// </summary>
public sealed record PairingWeights
{
    /// <summary>Points for a learner getting help at all.</summary>
    public int NeedMet { get; init; } = 100;

    /// <summary>Points per weekly slot both are free, for at most <see cref="SharedSlotsCounted"/> slots.</summary>
    public int SharedSlot { get; init; } = 4;

    public int SharedSlotsCounted { get; init; } = 3;

    /// <summary>Points per priority step above low: normal gets one step, high two.</summary>
    public int PriorityStep { get; init; } = 5;

    /// <summary>Points per urgency step: 3 steps when due within a week (or overdue), 2 within two weeks, 1 within 30 days.</summary>
    public int DeadlineStep { get; init; } = 5;

    /// <summary>Points when the helper already helped this learner with the same subject.</summary>
    public int SameSubjectBefore { get; init; } = 10;

    /// <summary>Points when the helper already helped this learner with a related subject.</summary>
    public int RelatedSubjectBefore { get; init; } = 5;

    /// <summary>
    /// The penalty for a helper's k-th pairing, counting the active ones, is this times (k - 1):
    /// convex, so the work spreads over idle helpers first.
    /// </summary>
    public int LoadSpreading { get; init; } = 4;
}
