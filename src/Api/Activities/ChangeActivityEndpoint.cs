namespace LivingLibrary.Api.Activities;

public static class ChangeActivityEndpoint
{
    public static async Task<PlanningContext> LoadAsync(ChangeActivity command, IQuerySession session) =>
        new(await session.SkillCatalogueAsync(),
            command.PartnerId is { } id && id != Guid.Empty && await session.LoadAsync<Partner>(id) is not null);

    public static async Task<ActivityContext> LoadAsync(Activity activity, IQuerySession session) => await session.GroupOfAsync(activity);

    public static ProblemDetails Validate(Activity activity, ActivityContext context, ClaimsPrincipal user) =>
        Problems.FirstOf(activity.MaySee(context.Group, user.Caller()));

    [WolverinePost("/api/activities/{activityId}/change"), Tags("Programme")]
    [EndpointSummary("Change what an activity is, where, who hosts it, what it works on, how many may come and whether it is open")]
    public static (Reply<Activity>, Events) Post(ChangeActivity command, [WriteAggregate("activityId")] Activity activity, ActivityContext context,
        PlanningContext planning) =>
        command.Decide(activity, context.Group!, planning.PartnerKnown, planning.Skills).Reply<Activity>();
}
