namespace LivingLibrary.Domain.Groups;

public sealed record GroupCreated(
    Guid GroupId,
    string Name,
    string Place,
    DateOnly StartsOn,
    DateOnly EndsOn,
    IReadOnlyList<string> Languages);

public sealed record GroupRenamed(Guid GroupId, string Name);

public sealed record GroupRescheduled(Guid GroupId, DateOnly StartsOn, DateOnly EndsOn);

/// <summary>A facilitator is known by their user id (the token's subject); the name is how colleagues see them.</summary>
public sealed record FacilitatorAssigned(Guid GroupId, string FacilitatorId, string DisplayName);

public sealed record FacilitatorRemoved(Guid GroupId, string FacilitatorId);

public sealed record GroupClosed(Guid GroupId, string? Reason);
