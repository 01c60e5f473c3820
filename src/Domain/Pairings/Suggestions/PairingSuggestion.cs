namespace LivingLibrary.Domain.Pairings.Suggestions;

public enum PairingMethod
{
    /// <summary>The optimal plan: a min-cost flow.</summary>
    MinCostFlow,

    /// <summary>The baseline: best pairs first, never revisited.</summary>
    Greedy,
}

/// <summary>
/// A proposal for a facilitator to review, never a decision. <see cref="Request"/> is the input in canonical
/// order (the same whatever order it came in), so that the caller can store it with the suggestion and explain it later.
/// </summary>
public sealed record PairingSuggestion(
    PairingMethod Method,
    int ScoringVersion,
    long TotalScore,
    IReadOnlyList<SuggestedPair> Pairs,
    IReadOnlyList<UnmatchedNeed> Unmatched,
    IReadOnlyList<UnmetPin> UnmetPins,
    PairingRequest Request);

/// <summary>A helper proposed for a need. <see cref="Score"/> is the sum of the lines' points.</summary>
public sealed record SuggestedPair(
    Guid NeedId,
    Guid LearnerId,
    Guid HelperId,
    string Subject,
    bool Pinned,
    int Score,
    IReadOnlyList<ScoreLine> Lines);

public sealed record UnmatchedNeed(Guid NeedId, Guid LearnerId, string Subject, UnmatchedReason Reason);

public enum PinProblem
{
    UnknownNeed,
    UnknownHelper,
    SamePerson,
    SubjectNotOffered,
    LevelTooLow,
    NoSharedLanguage,
    Forbidden,
    EndedBadly,
    HelperFull,

    /// <summary>Another pin already gives this need a helper.</summary>
    NeedAlreadyPinned,

    /// <summary>Another pin already pairs this helper with this learner for this subject.</summary>
    AlreadyPairedForSubject,
}

public sealed record UnmetPin(Guid NeedId, Guid HelperId, PinProblem Problem);
