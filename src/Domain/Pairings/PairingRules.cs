
namespace LivingLibrary.Domain.Pairings;

/// <summary>What each step of a pairing's life allows, and what the helper can take on. Pure functions.</summary>
public static class PairingRules
{
    public const int TextMax = 1000;
    public const int MaxSessionMinutes = 8 * 60;
    public const int MaxCapacity = 10;

    public static Refusal? IsProposed(this Pairing pairing) => pairing.Status switch
    {
        PairingStatus.Proposed => null,
        PairingStatus.Active => Refusal.Conflict(Says.PairingAlreadyActive),
        PairingStatus.Declined => Refusal.Conflict(Says.PairingDeclined),
        PairingStatus.Withdrawn => Refusal.Conflict(Says.ProposalWithdrawn),
        _ => Refusal.Conflict(Says.PairingEnded),
    };

    public static Refusal? IsActive(this Pairing pairing) => pairing.Status switch
    {
        PairingStatus.Active => null,
        PairingStatus.Proposed => Refusal.Conflict(Says.PairingNotStarted),
        PairingStatus.Declined => Refusal.Conflict(Says.PairingDeclined),
        PairingStatus.Withdrawn => Refusal.Conflict(Says.ProposalWithdrawn),
        _ => Refusal.Conflict(Says.PairingEnded),
    };

    /// <summary>
    /// A participant answers only for themself (docs/adr/0026): a pairing they are not in is one they may not know exists
    /// (404), and the other person's answer is not theirs to give (403). Staff answer for either, as they always did.
    /// </summary>
    public static Refusal? MayAnswerFor(this Pairing pairing, Caller caller, Party? party) =>
        !caller.IsParticipant ? null
        : caller.PartyIn(pairing) is not { } mine ? Refusal.NotFound(Thing.Pairing)
        : party is null || party == mine ? null
        : Refusal.Forbidden(Says.AnswerForYourself);

    /// <summary>A participant records only the sessions they gave, as the helper; a learner may not (403).</summary>
    public static Refusal? MayRecordSessionOf(this Pairing pairing, Caller caller) =>
        !caller.IsParticipant ? null
        : caller.PartyIn(pairing) is not { } mine ? Refusal.NotFound(Thing.Pairing)
        : mine == Party.Helper ? null
        : Refusal.Forbidden(Says.HelperRecordsSessions);

    /// <summary>The side of the pairing a participant caller is on, or null (staff, or someone else).</summary>
    public static Party? PartyIn(this Caller caller, Pairing pairing) =>
        caller.ParticipantId is not { } me ? null
        : me == pairing.LearnerId ? Party.Learner
        : me == pairing.HelperId ? Party.Helper
        : null;

    /// <summary>Capacity counts the pairings that have started and not ended.</summary>
    public static Refusal? HasRoom(this Participant helper) =>
        helper.Helping.Count < helper.HelpCapacity
            ? null
            : Refusal.Conflict(Says.HelperFull(helper.Helping.Count));
}
