using System.ComponentModel.DataAnnotations;
using LivingLibrary.Domain.Pairings.Suggestions;

namespace LivingLibrary.Domain.Pairings;

// Each step of a pairing's life with its decision: the fields it needs (400), what the pairing's
// state allows (409), and the events it appends. Dates come from the caller's clock ("today").

/// <summary>Either a pair from a stored suggestion (suggestionId and needId), or a pair of the facilitator's own (needId and helperId).</summary>
public sealed record ProposePairing(Guid? SuggestionId, [Required] Guid? NeedId, Guid? HelperId)
{
    public Refusal? Check() =>
        new Fields()
            .Check("needId", NeedId is not null, Says.Required)
            .Check("helperId", SuggestionId is not null || HelperId is not null, Says.HelperRequired)
            .Refusal();

    /// <param name="found">
    /// The pair the suggestion (or the pinned check of the facilitator's own pair) found, with its explanation; or why the
    /// facilitator's pair does not fit. The people's own state is refused first: the planner leaves out whoever left or
    /// withdrew their consent, and its words would hide why.
    /// </param>
    /// <param name="needTaken">Whether another pairing already takes care of the need.</param>
    public Decision Decide(Guid pairingId, Participant learner, Participant helper, FoundPair found, bool needTaken, DateOnly today) =>
        Refusals.FirstOf(
            Check(),
            learner.IsActive(),
            helper.IsActive(),
            learner.IsConsenting(Says.LearnerConsentWithdrawn),
            helper.IsConsenting(Says.HelperConsentWithdrawn),
            found.Unfit,
            needTaken ? Refusal.Conflict(Says.NeedTaken) : null)
        ?? Decision.Append(new PairingProposed(pairingId, learner.GroupId, found.Pair!.NeedId, found.Pair.LearnerId, found.Pair.HelperId,
            found.Pair.Subject, SuggestionId, found.Pair.Score, "", today, found.Pair));
}

/// <summary>The pair a proposal stands for, explained; or, when there is none, why (a 409 in the planner's words).</summary>
public sealed record FoundPair(SuggestedPair? Pair, Refusal? Unfit)
{
    public static FoundPair Of(SuggestedPair pair) => new(pair, null);

    public static FoundPair None(Refusal unfit) => new(null, unfit);
}

public sealed record AcceptPairing([Required] Party? Party)
{
    /// <summary>
    /// An answer already given changes nothing; the second "yes" starts the pairing and takes one of
    /// the helper's places, which is why it also decides on the helper's stream.
    /// </summary>
    public (Decision Pairing, IReadOnlyList<object> Helper) Decide(Pairing pairing, Participant? helper, DateOnly today)
    {
        var refused = Refusals.FirstOf(new Fields().Choice("party", Party).Refusal(), pairing.IsProposed());
        if (refused is not null) return (refused, []);
        var party = Party!.Value;
        if (pairing.AcceptedBy.Contains(party)) return (Decision.Nothing, []);
        if (pairing.AcceptedBy.Count == 0) return (Decision.Append(new PairingAccepted(pairing.Id, party)), []);

        if ((helper is null ? Refusal.Conflict(Says.HelperGone) : helper.HasRoom()) is { } full) return (full, []);
        return (Decision.Append(new PairingAccepted(pairing.Id, party), new PairingStarted(pairing.Id, pairing.HelperId, today)),
            [new HelperEngaged(pairing.HelperId, pairing.Id)]);
    }
}

/// <summary>One of the two people said no, with their reason if they gave one.</summary>
public sealed record DeclinePairing([Required] Party? Party, string? Reason)
{
    public Decision Decide(Pairing pairing) =>
        Refusals.FirstOf(
            new Fields()
                .Check("party", Party is not null, Says.PartyRequired)
                .Choice("party", Party, required: false)
                .Text("reason", Reason, PairingRules.TextMax, required: false)
                .Refusal(),
            pairing.IsProposed())
        ?? Decision.Append(new PairingDeclined(pairing.Id, Party, Fields.Blank(Reason)));
}

/// <summary>The facilitator takes back a proposal before it starts.</summary>
public sealed record WithdrawPairing(string? Reason)
{
    public Decision Decide(Pairing pairing) =>
        Refusals.FirstOf(new Fields().Text("reason", Reason, PairingRules.TextMax, required: false).Refusal(), pairing.IsProposed())
        ?? Decision.Append(new PairingWithdrawn(pairing.Id, Fields.Blank(Reason)));
}

public sealed record LogHelpSession([Required] DateOnly? HeldOn, [Required] int? DurationMinutes, [Required] string? WorkedOn, [Required] LearnerFeeling? LearnerFelt)
{
    public Decision Decide(Guid sessionId, Pairing pairing, DateOnly today) =>
        Refusals.FirstOf(Session(new Fields(), HeldOn, DurationMinutes, WorkedOn, LearnerFelt, today).Refusal(), pairing.IsActive())
        ?? Decision.Append(new HelpSessionLogged(pairing.Id, HeldOn!.Value, DurationMinutes!.Value, WorkedOn!, LearnerFelt!.Value, sessionId));

    internal static Fields Session(Fields fields, DateOnly? heldOn, int? durationMinutes, string? workedOn, LearnerFeeling? learnerFelt, DateOnly today) =>
        fields
            .Happened("heldOn", heldOn, today, required: true)
            .Check("durationMinutes", durationMinutes is > 0 and <= PairingRules.MaxSessionMinutes, Says.SessionMinutes(PairingRules.MaxSessionMinutes))
            .Text("workedOn", workedOn, PairingRules.TextMax)
            .Choice("learnerFelt", learnerFelt);
}

/// <summary>
/// A session's facts as they really were, with who corrects them and why; whatever the pairing's state (an ended
/// pairing's sessions are corrected too). The same facts again change nothing.
/// </summary>
public sealed record CorrectHelpSession([Required] DateOnly? HeldOn, [Required] int? DurationMinutes, [Required] string? WorkedOn,
    [Required] LearnerFeeling? LearnerFelt, [Required] CorrectionReason? Reason, string? Explanation)
{
    public Decision Decide(Pairing pairing, Guid sessionId, string by, DateOnly today) =>
        Refusals.FirstOf(
            LogHelpSession.Session(new Fields(), HeldOn, DurationMinutes, WorkedOn, LearnerFelt, today).Why(Reason, Explanation).Refusal(),
            pairing.HasSession(sessionId),
            pairing.SessionCounts(sessionId))
        ?? (pairing.Sessions.Single(s => s.Id == sessionId) == new HelpSession(HeldOn!.Value, DurationMinutes!.Value, WorkedOn!, LearnerFelt!.Value) { Id = sessionId }
            ? Decision.Nothing
            : Decision.Append(new HelpSessionCorrected(pairing.Id, sessionId, HeldOn.Value, DurationMinutes.Value, WorkedOn!, LearnerFelt.Value,
                Corrections.Of(by, Reason, Explanation))));
}

/// <summary>A session that should not have been logged no longer counts; voiding it twice is a conflict.</summary>
public sealed record VoidHelpSession([Required] CorrectionReason? Reason, string? Explanation)
{
    public Decision Decide(Pairing pairing, Guid sessionId, string by) =>
        Refusals.FirstOf(new Fields().Why(Reason, Explanation).Refusal(), pairing.HasSession(sessionId), pairing.SessionCounts(sessionId))
        ?? Decision.Append(new HelpSessionVoided(pairing.Id, sessionId, Corrections.Of(by, Reason, Explanation)));
}

/// <summary>Ends the help with its outcome and both sides' feedback; the helper's place is freed. A pair that went badly is never suggested again.</summary>
public sealed record EndPairing([Required] PairingOutcome? Outcome, string? Reason, string? LearnerFeedback, string? HelperFeedback)
{
    public (Decision Pairing, IReadOnlyList<object> Helper) Decide(Pairing pairing, DateOnly today)
    {
        var refused = Refusals.FirstOf(
            new Fields()
                .Choice("outcome", Outcome)
                .Text("reason", Reason, PairingRules.TextMax, required: false)
                .Text("learnerFeedback", LearnerFeedback, PairingRules.TextMax, required: false)
                .Text("helperFeedback", HelperFeedback, PairingRules.TextMax, required: false)
                .Refusal(),
            pairing.IsActive());
        if (refused is not null) return (refused, []);
        return (Decision.Append(new PairingEnded(pairing.Id, pairing.HelperId, today, Outcome!.Value, Fields.Blank(Reason),
                Fields.Blank(LearnerFeedback), Fields.Blank(HelperFeedback))),
            [new HelperReleased(pairing.HelperId, pairing.Id)]);
    }
}

/// <summary>Lowering it below the people helped now ends nobody's help; it only stops new pairings.</summary>
public sealed record SetHelpCapacity([Required] int? Capacity)
{
    public Decision Decide(Participant participant) =>
        Refusals.FirstOf(
            new Fields().Check("capacity", Capacity is >= 0 and <= PairingRules.MaxCapacity, Says.FromTo(0, PairingRules.MaxCapacity)).Refusal(),
            participant.IsActive())
        ?? (participant.Capacity == Capacity ? Decision.Nothing : Decision.Append(new HelpCapacitySet(participant.Id, Capacity!.Value)));
}
