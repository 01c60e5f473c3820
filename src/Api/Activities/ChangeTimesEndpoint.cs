namespace LivingLibrary.Api.Activities;

public static class ChangeTimesEndpoint
{
    public static Task<ActivityContext> LoadAsync(Activity activity, IQuerySession session) => session.GroupOfAsync(activity);

    public static ProblemDetails Validate(Activity activity, ActivityContext context, ClaimsPrincipal user) =>
        Problems.FirstOf(activity.MaySee(context.Group, user.Caller()));

    [WolverinePost("/api/activities/{activityId}/times"), Tags("Programme"), EndpointSummary("Change the times of a series from a day on; the occurrences planned before keep theirs")]
    public static (Reply<Activity>, Events) Post(ChangeTimes command, [WriteAggregate("activityId")] Activity activity, ActivityContext context, TimeProvider clock) =>
        command.Decide(activity, context.Group!, clock.Today()).Reply<Activity>();
}
