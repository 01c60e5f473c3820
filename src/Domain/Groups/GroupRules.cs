namespace LivingLibrary.Domain.Groups;

/// <summary>Who may do what to a group, and what its state allows. Pure functions.</summary>
public static class GroupRules
{
    public const int NameMax = 120;
    public const int PlaceMax = 200;
    public const int ReasonMax = 500;
    public const int FacilitatorIdMax = 200;

    /// <summary>A facilitator who is not assigned to a group may not learn that it exists.</summary>
    public static Refusal? MaySee(this Group group, Caller caller) =>
        caller.IsCoordinator || group.IsFacilitatedBy(caller.UserId)
            ? null
            : Refusal.NotFound(Thing.Group);

    /// <summary>Its facilitators run a group day to day: they may rename and reschedule it.</summary>
    public static Refusal? MayRun(this Group group, Caller caller) => group.MaySee(caller);

    /// <summary>Staffing and closing a group are the coordinator's.</summary>
    public static Refusal? MayManage(this Group group, Caller caller) =>
        group.MaySee(caller) ?? (caller.IsCoordinator ? null : Refusal.Forbidden(Says.CoordinatorOnly));

    public static Refusal? MayCreateGroups(this Caller caller) =>
        caller.IsCoordinator ? null : Refusal.Forbidden(Says.CoordinatorCreatesGroups);

    public static Refusal? IsOpen(this Group group) =>
        group.IsClosed ? Refusal.Conflict(Says.GroupClosed) : null;

    internal static Fields Period(this Fields fields, DateOnly? startsOn, DateOnly? endsOn, DateOnly today) =>
        fields
            .Planned("startsOn", startsOn, today, required: true)
            .Planned("endsOn", endsOn, today, required: true)
            .Check("endsOn", startsOn is null || endsOn is null || endsOn >= startsOn, Says.EndsBeforeStart);
}
