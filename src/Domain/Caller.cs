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

    /// <summary>Views across all groups (names included) are the coordinator's.</summary>
    public Refusal? MaySeeTheWholeOrganisation() =>
        IsCoordinator ? null : Refusal.Forbidden(Says.CoordinatorSeesWholeOrganisation);

    public Refusal? MayManageTheCatalogue() =>
        IsCoordinator ? null : Refusal.Forbidden(Says.CoordinatorManagesCatalogue);

    public Refusal? MayManageTheQuestionnaire() =>
        IsCoordinator ? null : Refusal.Forbidden(Says.CoordinatorManagesQuestions);

    public Refusal? MayManageTheDirectory() =>
        IsCoordinator ? null : Refusal.Forbidden(Says.CoordinatorManagesDirectory);
}
