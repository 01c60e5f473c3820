namespace LivingLibrary.Domain;

/// <summary>What a person may do. Participants get a role of their own later.</summary>
public enum Role
{
    /// <summary>Runs the whole organisation: every group of it.</summary>
    Coordinator,

    /// <summary>Runs the groups they are assigned to, and only those.</summary>
    Facilitator,
}

/// <summary>The authenticated person acting, as the token says: an opaque user id, never a name.</summary>
public sealed record Caller(string UserId, string OrganisationId, Role Role)
{
    public bool IsCoordinator => Role == Role.Coordinator;
}
