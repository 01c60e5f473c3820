namespace LivingLibrary.Api.Activities;

public static class AddHolidaysEndpoint
{
    public static Task<ActivityContext> LoadAsync(Activity activity, IQuerySession session) => session.GroupOfAsync(activity);

    public static ProblemDetails Validate(Activity activity, ActivityContext context, ClaimsPrincipal user) =>
        Problems.FirstOf(activity.MaySee(context.Group, user.Caller()));

    [WolverinePost("/api/activities/{activityId}/holidays"), Tags("Programme"), EndpointSummary("Leave days out of a series after planning it (holiday weeks)")]
    public static (Reply<Activity>, Events) Post(AddHolidays command, [WriteAggregate("activityId")] Activity activity, ActivityContext context,
        TimeProvider clock) =>
        command.Decide(activity, context.Group!, clock.Today()).Reply<Activity>();
}
