namespace LivingLibrary.Api.Activities;

public static class EndSeriesEndpoint
{
    public static Task<ActivityContext> LoadAsync(Activity activity, IQuerySession session) => session.GroupOfAsync(activity);

    public static ProblemDetails Validate(Activity activity, ActivityContext context, ClaimsPrincipal user) =>
        Problems.FirstOf(activity.MaySee(context.Group, user.Caller()));

    [WolverinePost("/api/activities/{activityId}/end"), Tags("Programme"), EndpointSummary("End a series earlier than planned")]
    public static (Reply<Activity>, Events) Post(EndSeries command, [WriteAggregate("activityId")] Activity activity, ActivityContext context,
        TimeProvider clock) =>
        command.Decide(activity, context.Group!, clock.Today()).Reply<Activity>();
}
