namespace LivingLibrary.Api.Activities;

public static class CancelOccurrenceEndpoint
{
    public static Task<ActivityContext> LoadAsync(Activity activity, IQuerySession session) => session.GroupOfAsync(activity);

    public static ProblemDetails Validate(Activity activity, ActivityContext context, ClaimsPrincipal user) =>
        Problems.FirstOf(activity.MaySee(context.Group, user.Caller()));

    [WolverinePost("/api/activities/{activityId}/occurrences/{plannedFor}/cancel"), Tags("Programme"), EndpointSummary("Cancel one occurrence: it stays in the programme, struck out")]
    public static (Reply<Activity>, Events) Post(CancelOccurrence command, [WriteAggregate("activityId")] Activity activity, ActivityContext context, string plannedFor) =>
        command.Decide(activity, ProgrammeAccess.Day(plannedFor), context.Group!).Reply<Activity>();
}
