namespace LivingLibrary.Api.Activities;

public static class GetActivityEndpoint
{
    public static Task<Group?> LoadAsync(Activity activity, IQuerySession session) => session.LoadAsync<Group>(activity.GroupId);

    public static ProblemDetails Validate(Activity activity, Group? group, ClaimsPrincipal user) =>
        Problems.FirstOf(activity.MaySee(group, user.Caller()));

    [WolverineGet("/api/activities/{activityId}"), Tags("Programme"), EndpointSummary("An activity of a group: what, when, where, its series and changes, and who came")]
    public static Activity Get([ReadAggregate("activityId")] Activity activity, HttpResponse response)
    {
        response.Headers.ETag = Versions.ETag(activity.Version);
        return activity;
    }
}
