namespace LivingLibrary.Api.Activities;

public static class MoveOccurrenceEndpoint
{
    public static Task<ActivityContext> LoadAsync(Activity activity, IQuerySession session) => session.GroupOfAsync(activity);

    public static ProblemDetails Validate(Activity activity, ActivityContext context, ClaimsPrincipal user) =>
        Problems.FirstOf(activity.MaySee(context.Group, user.Caller()));

    [WolverinePost("/api/activities/{activityId}/occurrences/{plannedFor}/move"), Tags("Programme"), EndpointSummary("Move one occurrence to another day, other times or another place; it keeps the name of the day it was planned for")]
    public static (Reply<Activity>, Events) Post(MoveOccurrence command, [WriteAggregate("activityId")] Activity activity, ActivityContext context, string plannedFor, TimeProvider clock) =>
        command.Decide(activity, ProgrammeAccess.Day(plannedFor), context.Group!, clock.Today()).Reply<Activity>();
}
