using LivingLibrary.Domain.Participants;

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
        PairingStatus.Active => Refusal.Conflict("The pairing is already active."),
        PairingStatus.Declined => Refusal.Conflict("The pairing was declined."),
        _ => Refusal.Conflict("The pairing has ended."),
    };

    public static Refusal? IsActive(this Pairing pairing) => pairing.Status switch
    {
        PairingStatus.Active => null,
        PairingStatus.Proposed => Refusal.Conflict("The pairing has not started: both people must accept it first."),
        PairingStatus.Declined => Refusal.Conflict("The pairing was declined."),
        _ => Refusal.Conflict("The pairing has ended."),
    };

    /// <summary>Capacity counts the pairings that have started and not ended.</summary>
    public static Refusal? HasRoom(this Participant helper) =>
        helper.Helping.Count < helper.HelpCapacity
            ? null
            : Refusal.Conflict($"The helper already helps {helper.Helping.Count} people, their capacity.");

    public static Refusal? Check(AcceptPairing c) =>
        new Fields().Check("party", c.Party is not null, "is required: learner or helper.").Refusal();

    public static Refusal? Check(DeclinePairing c) =>
        new Fields().Text("reason", c.Reason, TextMax, required: false).Refusal();

    public static Refusal? Check(LogHelpSession c, DateOnly today) =>
        new Fields()
            .Check("heldOn", c.HeldOn is not null, "is required.")
            .Check("heldOn", c.HeldOn is null || c.HeldOn <= today.AddDays(1), "cannot be in the future.")
            .Check("durationMinutes", c.DurationMinutes is > 0 and <= MaxSessionMinutes, $"must be between 1 and {MaxSessionMinutes} minutes.")
            .Text("workedOn", c.WorkedOn, TextMax)
            .Check("learnerFelt", c.LearnerFelt is not null, "is required: lost, unsure, fine or confident.")
            .Refusal();

    public static Refusal? Check(EndPairing c) =>
        new Fields()
            .Check("outcome", c.Outcome is not null, "is required: wentWell, mixed or wentBadly.")
            .Text("reason", c.Reason, TextMax, required: false)
            .Text("learnerFeedback", c.LearnerFeedback, TextMax, required: false)
            .Text("helperFeedback", c.HelperFeedback, TextMax, required: false)
            .Refusal();

    public static Refusal? Check(SetHelpCapacity c) =>
        new Fields().Check("capacity", c.Capacity is >= 0 and <= MaxCapacity, $"must be from 0 to {MaxCapacity}.").Refusal();
}
