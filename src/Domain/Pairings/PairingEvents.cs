using LivingLibrary.Domain.Pairings.Suggestions;

namespace LivingLibrary.Domain.Pairings;

/// <summary>Who answers a proposal: the two people concerned (a facilitator records their answer).</summary>
public enum Party
{
    Learner,
    Helper,
}

public enum PairingOutcome
{
    WentWell,
    Mixed,

    /// <summary>Never proposed again for the same two people.</summary>
    WentBadly,
}

/// <summary>How the learner felt after a session, in their words' spirit: lost to confident.</summary>
public enum LearnerFeeling
{
    Lost,
    Unsure,
    Fine,
    Confident,
}

// Free text (explanations aside) may say personal things: Reason, WorkedOn and the feedback fields
// are masked with the person's other data when they are erased (docs/adr/0005).

/// <summary>
/// A facilitator proposes the pair to the two people; from a suggestion, whose facts it keeps (<see cref="Pair"/>: the reader's
/// language words them). <see cref="Explanation"/> holds the English words of a proposal made before the facts were kept.
/// </summary>
public sealed record PairingProposed(
    Guid PairingId,
    Guid GroupId,
    Guid NeedId,
    Guid LearnerId,
    Guid HelperId,
    string Skill,
    Guid? SuggestionId,
    int? Score,
    string Explanation,
    DateOnly ProposedOn,
    SuggestedPair? Pair = null);

public sealed record PairingAccepted(Guid PairingId, Party Party);

/// <summary>One of the two said no (a null party is an early withdrawal, before <see cref="PairingWithdrawn"/> existed).</summary>
public sealed record PairingDeclined(Guid PairingId, Party? Party, string? Reason);

/// <summary>The facilitator took back a proposal that neither person had turned down.</summary>
public sealed record PairingWithdrawn(Guid PairingId, string? Reason);

/// <summary>Both accepted: the help begins, and counts against the helper's capacity.</summary>
public sealed record PairingStarted(Guid PairingId, Guid HelperId, DateOnly StartedOn);

/// <summary>A session of help; one logged before sessions had ids has none (<see cref="Pairing"/> gives it one).</summary>
public sealed record HelpSessionLogged(Guid PairingId, DateOnly HeldOn, int DurationMinutes, string WorkedOn, LearnerFeeling LearnerFelt, Guid? SessionId = null);

/// <summary>A session's facts were wrong: these replace them everywhere they count; the logged event stays in the history.</summary>
public sealed record HelpSessionCorrected(Guid PairingId, Guid SessionId, DateOnly HeldOn, int DurationMinutes, string WorkedOn, LearnerFeeling LearnerFelt,
    Correction Why);

/// <summary>A session that should not have been logged (it did not happen, or twice): it no longer counts.</summary>
public sealed record HelpSessionVoided(Guid PairingId, Guid SessionId, Correction Why);

public sealed record PairingEnded(
    Guid PairingId,
    Guid HelperId,
    DateOnly EndedOn,
    PairingOutcome Outcome,
    string? Reason,
    string? LearnerFeedback,
    string? HelperFeedback);
