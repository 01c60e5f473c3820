namespace LivingLibrary.Api.Activities.Attendance;

public static class RecordSheetSignedEndpoint
{
    public static Task<AttendanceContext> LoadAsync(Activity activity, string plannedFor, IQuerySession session) =>
        AttendanceContext.LoadAsync(activity, plannedFor, session);

    public static ProblemDetails Validate(AttendanceContext context, ClaimsPrincipal user) => context.MayRun(user);

    [WolverinePost("/api/activities/{activityId}/occurrences/{plannedFor}/sheet-signed"), Tags("Programme")]
    [EndpointSummary("Record the day the paper attendance sheet of an occurrence was signed")]
    public static (Reply<Activity>, Events) Post(RecordSheetSigned command, [WriteAggregate("activityId")] Activity activity, AttendanceContext context, TimeProvider clock) =>
        command.Decide(activity, context.Occurrence!, context.Group!, clock.Today()).Reply<Activity>();
}
