namespace LivingLibrary.Domain;

/// <summary>What a person may do.</summary>
public enum Role
{
    /// <summary>Runs the whole organisation: every group of it.</summary>
    Coordinator,

    /// <summary>Runs the groups they are assigned to, and only those.</summary>
    Facilitator,

    /// <summary>A member of a group, acting for themself: their own things and what their group shares (docs/adr/0026).</summary>
    Participant,
}

/// <summary>The authenticated person acting, as the token says: an opaque user id, never a name.</summary>
public sealed record Caller(string UserId, string OrganisationId, Role Role)
{
    public bool IsCoordinator => Role == Role.Coordinator;

    /// <summary>The participant acting for themself, when <see cref="Role"/> is <see cref="Role.Participant"/>.</summary>
    public Guid? ParticipantId { get; init; }

    public bool IsParticipant => Role == Role.Participant;

    /// <summary>The prefix of a participant's user id: what they recorded reads as recorded by the participant.</summary>
    public const string ParticipantUserPrefix = "participant-";

    /// <summary>The user id a participant acts under (an id, never a name): what events record as who recorded them.</summary>
    public static string ParticipantUser(Guid participantId) => $"{ParticipantUserPrefix}{participantId:D}";

    /// <summary>Whether <paramref name="userId"/> is a participant acting for themself, and which.</summary>
    public static bool IsParticipantUser(string? userId, out Guid participantId)
    {
        participantId = Guid.Empty;
        return userId is not null && userId.StartsWith(ParticipantUserPrefix, StringComparison.Ordinal)
            && Guid.TryParse(userId.AsSpan(ParticipantUserPrefix.Length), out participantId);
    }

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
