namespace LivingLibrary.Domain.Networks;

/// <summary>A stay of an organisation in a network: from joining to leaving.</summary>
public sealed record Membership(string OrganisationId, DateOnly JoinedOn, DateOnly? LeftOn);

public sealed record NetworkCoordinator(string UserId, string DisplayName);

/// <summary>
/// Organisations that share their observatory (and, entry by entry, their knowledge): who is in, who was invited,
/// who coordinates it. Folded from its events, kept in the network's own tenant.
/// </summary>
public sealed record Network(Guid Id, string Name, IReadOnlyList<Membership> Memberships, IReadOnlyList<string> Invited, IReadOnlyList<NetworkCoordinator> Coordinators)
{
    public const string TenantPrefix = "network:";

    public int Version { get; set; }

    /// <summary>The tenant a network's stream and views are kept in, apart from every organisation's.</summary>
    public static string TenantOf(Guid networkId) => $"{TenantPrefix}{networkId:D}";

    public IEnumerable<string> Members => Memberships.Where(m => m.LeftOn is null).Select(m => m.OrganisationId);

    public bool IsMember(string organisationId) => Memberships.Any(m => m.OrganisationId == organisationId && m.LeftOn is null);

    public bool WasMember(string organisationId) => Memberships.Any(m => m.OrganisationId == organisationId);

    public bool IsInvited(string organisationId) => Invited.Contains(organisationId);

    public static Network Create(NetworkFounded e) => new(e.NetworkId, e.Name, [new Membership(e.OrganisationId, e.On, null)], [], []);

    public Network Apply(OrganisationInvited e) => this with { Invited = [.. Invited.Where(o => o != e.OrganisationId), e.OrganisationId] };

    public Network Apply(OrganisationJoined e) =>
        this with { Memberships = [.. Memberships, new Membership(e.OrganisationId, e.On, null)], Invited = [.. Invited.Where(o => o != e.OrganisationId)] };

    public Network Apply(OrganisationLeftNetwork e) =>
        this with { Memberships = [.. Memberships.Select(m => m.OrganisationId == e.OrganisationId && m.LeftOn is null ? m with { LeftOn = e.On } : m)] };

    public Network Apply(NetworkCoordinatorAppointed e) =>
        this with { Coordinators = [.. Coordinators.Where(c => c.UserId != e.UserId), new NetworkCoordinator(e.UserId, e.DisplayName)] };

    public Network Apply(NetworkCoordinatorRemoved e) => this with { Coordinators = [.. Coordinators.Where(c => c.UserId != e.UserId)] };
}
