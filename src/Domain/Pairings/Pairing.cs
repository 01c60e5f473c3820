using LivingLibrary.Domain.Pairings.Suggestions;

namespace LivingLibrary.Domain.Pairings;

public enum PairingStatus
{
    Proposed,
    Active,
    Declined,
    Withdrawn,
    Ended,
}

public sealed record HelpSession(DateOnly HeldOn, int DurationMinutes, string WorkedOn, LearnerFeeling LearnerFelt);

/// <summary>One learner, one helper, one skill: the whole story of the pairing, folded from its events.</summary>
public sealed record Pairing(
    Guid Id,
    Guid GroupId,
    Guid NeedId,
    Guid LearnerId,
    Guid HelperId,
    string Skill,
    Guid? SuggestionId,
    int? Score,
    string Explanation,
    DateOnly ProposedOn,
    PairingStatus Status,
    IReadOnlyList<Party> AcceptedBy,
    DateOnly? StartedOn,
    IReadOnlyList<HelpSession> Sessions,
    DateOnly? EndedOn,
    PairingOutcome? Outcome,
    Party? DeclinedBy,
    string? DeclineReason)
{
    public int Version { get; set; }

    /// <summary>
    /// The facts the pair was proposed on, which the reader's language words (docs/adr/0020); null for a pairing proposed
    /// before they were kept, whose <see cref="Explanation"/> holds its words in English.
    /// </summary>
    public SuggestedPair? Pair { get; init; }

    /// <summary>Proposed or active: the need is being taken care of.</summary>
    public bool IsLive => Status is PairingStatus.Proposed or PairingStatus.Active;

    /// <summary>The need waits for nobody: a live pairing takes care of it, and one that went well has met it.</summary>
    public bool TakesCareOfNeed => IsLive || Outcome == PairingOutcome.WentWell;

    public bool Involves(Guid participantId) => LearnerId == participantId || HelperId == participantId;

    public static Pairing Create(PairingProposed e) =>
        new(e.PairingId, e.GroupId, e.NeedId, e.LearnerId, e.HelperId, e.Skill, e.SuggestionId, e.Score, e.Explanation, e.ProposedOn,
            PairingStatus.Proposed, [], null, [], null, null, null, null) { Pair = e.Pair };

    // An answer or an outcome stored before requests were checked that is none of the choices (docs/adr/0019) counts as not given.
    public Pairing Apply(PairingAccepted e) => e.Party.Known() is { } party ? this with { AcceptedBy = [.. AcceptedBy.Append(party).Distinct()] } : this;

    public Pairing Apply(PairingDeclined e) =>
        this with { Status = e.Party is null ? PairingStatus.Withdrawn : PairingStatus.Declined, DeclinedBy = e.Party, DeclineReason = e.Reason };

    public Pairing Apply(PairingWithdrawn e) => this with { Status = PairingStatus.Withdrawn, DeclineReason = e.Reason };

    public Pairing Apply(PairingStarted e) => this with { Status = PairingStatus.Active, StartedOn = e.StartedOn };

    public Pairing Apply(HelpSessionLogged e) =>
        this with { Sessions = [.. Sessions, new HelpSession(e.HeldOn, e.DurationMinutes, e.WorkedOn, e.LearnerFelt)] };

    public Pairing Apply(PairingEnded e) => this with { Status = PairingStatus.Ended, EndedOn = e.EndedOn, Outcome = e.Outcome.Known() };
}
