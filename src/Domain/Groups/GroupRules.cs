namespace LivingLibrary.Domain.Groups;

/// <summary>Who may do what to a group, and which commands its state allows. Pure functions.</summary>
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
            : Refusal.NotFound("There is no such group.");

    /// <summary>Its facilitators run a group day to day: they may rename and reschedule it.</summary>
    public static Refusal? MayRun(this Group group, Caller caller) => group.MaySee(caller);

    /// <summary>Staffing and closing a group are the coordinator's.</summary>
    public static Refusal? MayManage(this Group group, Caller caller) =>
        group.MaySee(caller) ?? (caller.IsCoordinator ? null : Refusal.Forbidden("Only a coordinator may do this."));

    public static Refusal? MayCreateGroups(this Caller caller) =>
        caller.IsCoordinator ? null : Refusal.Forbidden("Only a coordinator may create a group.");

    public static Refusal? IsOpen(this Group group) =>
        group.IsClosed ? Refusal.Conflict("The group is closed.") : null;

    public static Refusal? Check(CreateGroup command) =>
        new Fields()
            .Text("name", command.Name, NameMax)
            .Text("place", command.Place, PlaceMax)
            .Period(command.StartsOn, command.EndsOn)
            .Languages("languages", command.Languages)
            .Refusal();

    public static Refusal? Check(RenameGroup command) =>
        new Fields().Text("name", command.Name, NameMax).Refusal();

    public static Refusal? Check(RescheduleGroup command) =>
        new Fields().Period(command.StartsOn, command.EndsOn).Refusal();

    public static Refusal? Check(AssignFacilitator command) =>
        new Fields()
            .Text("facilitatorId", command.FacilitatorId, FacilitatorIdMax)
            .Text("displayName", command.DisplayName, NameMax)
            .Refusal();

    public static Refusal? Check(CloseGroup command) =>
        new Fields().Text("reason", command.Reason, ReasonMax, required: false).Refusal();

    private static Fields Period(this Fields fields, DateOnly? startsOn, DateOnly? endsOn) =>
        fields
            .Check("startsOn", startsOn is not null, "is required.")
            .Check("endsOn", endsOn is not null, "is required.")
            .Check("endsOn", startsOn is null || endsOn is null || endsOn >= startsOn, "must not be before startsOn.");
}
