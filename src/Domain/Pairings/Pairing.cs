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

/// <summary>
/// What the two people recorded themselves in their own space (docs/adr/0026): the answers they gave, the sessions the helper
/// logged. Read from the events' users, not folded: the API and the console show it beside what staff recorded.
/// </summary>
public sealed record ByThemselves(IReadOnlyList<Party> Answered, IReadOnlyList<Guid> Sessions);

public sealed record HelpSession(DateOnly HeldOn, int DurationMinutes, string WorkedOn, LearnerFeeling LearnerFelt)
{
    public Guid Id { get; init; }
}

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

    /// <summary>What the people recorded themselves, when read through the API (never in the stored snapshot).</summary>
    public ByThemselves? ByThemselves { get; init; }

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

    /// <summary>Sessions logged so far, voided ones included: a session logged before sessions had ids is known by its place.</summary>
    public int SessionsLogged { get; init; }

    /// <summary>The sessions voided: they count nowhere (<see cref="Sessions"/> holds those that count, as corrected).</summary>
    public IReadOnlyList<Guid> VoidedSessions { get; init; } = [];

    public Pairing Apply(HelpSessionLogged e) =>
        this with
        {
            Sessions = [.. Sessions, new HelpSession(e.HeldOn, e.DurationMinutes, e.WorkedOn, e.LearnerFelt) { Id = e.SessionId ?? NumberedSession(Id, SessionsLogged + 1) }],
            SessionsLogged = SessionsLogged + 1,
        };

    public Pairing Apply(HelpSessionCorrected e) =>
        this with
        {
            Sessions = [.. Sessions.Select(s => s.Id == e.SessionId ? new HelpSession(e.HeldOn, e.DurationMinutes, e.WorkedOn, e.LearnerFelt) { Id = s.Id } : s)],
        };

    public Pairing Apply(HelpSessionVoided e) =>
        this with { Sessions = [.. Sessions.Where(s => s.Id != e.SessionId)], VoidedSessions = [.. VoidedSessions, e.SessionId] };

    /// <summary>The id of a session logged without one: the pairing's id with the session's number in its last four bytes, the same at every fold.</summary>
    public static Guid NumberedSession(Guid pairingId, int number)
    {
        var bytes = pairingId.ToByteArray();
        BitConverter.GetBytes(number).CopyTo(bytes, 12);
        return new Guid(bytes);
    }

    /// <summary>A session of this pairing, counted or voided; another id is not found.</summary>
    public Refusal? HasSession(Guid sessionId) =>
        Sessions.Any(s => s.Id == sessionId) || VoidedSessions.Contains(sessionId) ? null : Refusal.NotFound(Thing.HelpSession);

    /// <summary>A voided session is neither corrected nor voided again.</summary>
    public Refusal? SessionCounts(Guid sessionId) => VoidedSessions.Contains(sessionId) ? Refusal.Conflict(Says.AlreadyVoided) : null;

    public Pairing Apply(PairingEnded e) => this with { Status = PairingStatus.Ended, EndedOn = e.EndedOn, Outcome = e.Outcome.Known() };
}
