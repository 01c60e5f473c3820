namespace LivingLibrary.Domain.Networks;

// A network's events live in a tenant of its own (Network.TenantOf); organisations act on it through their coordinators.

public sealed record NetworkFounded(Guid NetworkId, string Name, string OrganisationId, DateOnly On);

/// <summary>A member organisation proposed that another one join.</summary>
public sealed record OrganisationInvited(Guid NetworkId, string OrganisationId, string InvitedBy);

/// <summary>The invited organisation's coordinator accepted: from now on its observatory is shared.</summary>
public sealed record OrganisationJoined(Guid NetworkId, string OrganisationId, DateOnly On);

/// <summary>Sharing stops: the network keeps the organisation's figures as they were, and nothing later.</summary>
public sealed record OrganisationLeftNetwork(Guid NetworkId, string OrganisationId, DateOnly On);

/// <summary>A person who sees the network's views (and no organisation's), known by their user id.</summary>
public sealed record NetworkCoordinatorAppointed(Guid NetworkId, string UserId, string DisplayName);

public sealed record NetworkCoordinatorRemoved(Guid NetworkId, string UserId);
