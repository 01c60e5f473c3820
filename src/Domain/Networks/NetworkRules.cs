namespace LivingLibrary.Domain.Networks;

/// <summary>A network coordinator, as the token says: a user id and the one network they coordinate.</summary>
public sealed record NetworkCaller(string UserId, Guid NetworkId);

/// <summary>
/// Who may do what with a network. An organisation sees a network it is in or invited to (404 otherwise); its coordinators
/// act for it. A network coordinator sees their own network's views if appointed (404 otherwise), and no organisation's.
/// </summary>
public static class NetworkRules
{
    public const int NameMax = 120;

    public static Refusal? MaySee(this Network? network, Caller caller) =>
        network is not null && (network.IsMember(caller.OrganisationId) || network.IsInvited(caller.OrganisationId))
            ? null
            : Refusal.NotFound(Thing.Network);

    public static Refusal? MayActFor(this Network? network, Caller caller) =>
        network.MaySee(caller) ?? (caller.IsCoordinator ? null : Refusal.Forbidden(Says.CoordinatorActsInNetwork));

    public static Refusal? MayFound(this Caller caller) =>
        caller.IsCoordinator ? null : Refusal.Forbidden(Says.CoordinatorFoundsNetworks);

    public static Refusal? MayView(this Network? network, NetworkCaller caller) =>
        network is not null && network.Id == caller.NetworkId && network.Coordinators.Any(c => c.UserId == caller.UserId)
            ? null
            : Refusal.NotFound(Thing.Network);

    internal static Refusal? IsMemberOf(this Caller caller, Network network) =>
        network.IsMember(caller.OrganisationId) ? null : Refusal.Conflict(Says.NotAMemberOfNetwork);
}
