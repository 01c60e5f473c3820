using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace LivingLibrary.Domain.Networks;

// Each command with its decision (docs/adr/0006, docs/adr/0011).

public sealed record FoundNetwork([Required] string? Name)
{
    public Refusal? Check() => new Fields().Text("name", Name, NetworkRules.NameMax).Refusal();

    public Decision Decide(Guid networkId, Caller caller, DateOnly today) =>
        Check() ?? Decision.Append(new NetworkFounded(networkId, Name!.Trim(), caller.OrganisationId, today));
}

public sealed partial record InviteOrganisation([Required] string? OrganisationId)
{
    public Decision Decide(Network network, Caller caller) =>
        Refusals.FirstOf(
            new Fields().Check("organisationId", OrganisationId is not null && OrganisationCode().IsMatch(OrganisationId),
                Says.OrganisationIdRequired).Refusal(),
            caller.IsMemberOf(network),
            OrganisationId is not null && network.IsMember(OrganisationId) ? Refusal.Conflict(Says.AlreadyAMember) : null)
        ?? (network.IsInvited(OrganisationId!) ? Decision.Nothing : Decision.Append(new OrganisationInvited(network.Id, OrganisationId!, caller.OrganisationId)));

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex OrganisationCode();
}

public static class JoinNetwork
{
    public static Decision Decide(Network network, Caller caller, DateOnly today) =>
        network.IsMember(caller.OrganisationId) ? Decision.Nothing
        : network.IsInvited(caller.OrganisationId) ? Decision.Append(new OrganisationJoined(network.Id, caller.OrganisationId, today))
        : Refusal.Conflict(Says.NotInvited);
}

public static class LeaveNetwork
{
    public static Decision Decide(Network network, Caller caller, DateOnly today) =>
        network.IsMember(caller.OrganisationId) ? Decision.Append(new OrganisationLeftNetwork(network.Id, caller.OrganisationId, today)) : Decision.Nothing;
}

public sealed record AppointNetworkCoordinator([Required] string? UserId, [Required] string? DisplayName)
{
    public Decision Decide(Network network, Caller caller) =>
        Refusals.FirstOf(new Fields().Text("userId", UserId, 200).Text("displayName", DisplayName, 120).Refusal(), caller.IsMemberOf(network))
        ?? (network.Coordinators.Any(c => c.UserId == UserId && c.DisplayName == DisplayName!.Trim())
            ? Decision.Nothing
            : Decision.Append(new NetworkCoordinatorAppointed(network.Id, UserId!, DisplayName!.Trim())));
}

public static class RemoveNetworkCoordinator
{
    public static Decision Decide(Network network, Caller caller, string userId) =>
        caller.IsMemberOf(network)
        ?? (network.Coordinators.Any(c => c.UserId == userId) ? Decision.Append(new NetworkCoordinatorRemoved(network.Id, userId)) : Decision.Nothing);
}
