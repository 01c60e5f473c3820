using LivingLibrary.Api.Library;

namespace LivingLibrary.Api.Activities.Attendance;

/// <summary>What an occurrence's attendance is decided with: the group, who is in it now, and the occurrence named by the route.</summary>
public sealed record AttendanceContext(Group? Group, IReadOnlyList<Guid> Members, Occurrence? Occurrence)
{
    public static async Task<AttendanceContext> LoadAsync(Activity activity, string plannedFor, IQuerySession session) =>
        new(await session.LoadAsync<Group>(activity.GroupId), await session.MemberIdsAsync(activity.GroupId), Occurrences.Find(activity, plannedFor));

    /// <summary>Group staff run it; anyone else, and a day with no occurrence, find nothing.</summary>
    public ProblemDetails MayRun(ClaimsPrincipal user) =>
        Problems.FirstOf(Group is null || Group.MayRun(user.Caller()) is not null ? Refusal.NotFound(Thing.Activity)
            : Occurrence is null ? Refusal.NotFound(Thing.Occurrence) : null);
}

public static class TakeAttendanceEndpoint
{
    public static Task<AttendanceContext> LoadAsync(Activity activity, string plannedFor, IQuerySession session) =>
        AttendanceContext.LoadAsync(activity, plannedFor, session);

    public static ProblemDetails Validate(AttendanceContext context, ClaimsPrincipal user) => context.MayRun(user);

    [WolverinePost("/api/activities/{activityId}/occurrences/{plannedFor}/attendance"), Tags("Programme")]
    [EndpointSummary("Take the attendance of an occurrence in one go: each participant present, excused or absent (a later list replaces it)")]
    public static (Reply<Activity>, Events) Post(TakeAttendance command, [WriteAggregate("activityId")] Activity activity, AttendanceContext context, TimeProvider clock) =>
        command.Decide(activity, context.Occurrence!, context.Group!, [.. context.Members], clock.Today()).Reply<Activity>();
}
