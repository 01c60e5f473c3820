
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

    /// <summary>Capacity counts the pairings that have started and not ended.</summary>
    public static Refusal? HasRoom(this Participant helper) =>
        helper.Helping.Count < helper.HelpCapacity
            ? null
            : Refusal.Conflict(Says.HelperFull(helper.Helping.Count));
}
