
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
        PairingStatus.Withdrawn => Refusal.Conflict("The proposal was withdrawn."),
        _ => Refusal.Conflict("The pairing has ended."),
    };

    public static Refusal? IsActive(this Pairing pairing) => pairing.Status switch
    {
        PairingStatus.Active => null,
        PairingStatus.Proposed => Refusal.Conflict("The pairing has not started: both people must accept it first."),
        PairingStatus.Declined => Refusal.Conflict("The pairing was declined."),
        PairingStatus.Withdrawn => Refusal.Conflict("The proposal was withdrawn."),
        _ => Refusal.Conflict("The pairing has ended."),
    };

    /// <summary>Capacity counts the pairings that have started and not ended.</summary>
    public static Refusal? HasRoom(this Participant helper) =>
        helper.Helping.Count < helper.HelpCapacity
            ? null
            : Refusal.Conflict($"The helper already helps {helper.Helping.Count} people, their capacity.");
}
