namespace LivingLibrary.Domain.Pairings;

/// <summary>Either a pair from a stored suggestion (suggestionId and needId), or a pair of the facilitator's own (needId and helperId).</summary>
public sealed record ProposePairing(Guid? SuggestionId, Guid? NeedId, Guid? HelperId);

public sealed record AcceptPairing(Party? Party);

public sealed record DeclinePairing(Party? Party, string? Reason);

public sealed record LogHelpSession(DateOnly? HeldOn, int? DurationMinutes, string? WorkedOn, LearnerFeeling? LearnerFelt);

public sealed record EndPairing(PairingOutcome? Outcome, string? Reason, string? LearnerFeedback, string? HelperFeedback);

public sealed record SetHelpCapacity(int? Capacity);
