namespace LivingLibrary.Api.Activities;

/// <summary>What planning an activity needs beside the group: the catalogue of tasks, and whether the partner named is in the directory.</summary>
public sealed record PlanningContext(SkillCatalogue Skills, bool PartnerKnown);

public static class PlanActivityEndpoint
{
    public static async Task<PlanningContext> LoadAsync(PlanActivity command, IQuerySession session) =>
        new(await session.SkillCatalogueAsync(),
            command.PartnerId is { } id && id != Guid.Empty && await session.LoadAsync<Partner>(id) is not null);

    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MayRun(user.Caller()));

    [WolverinePost("/api/groups/{groupId}/activities"), Tags("Programme")]
    [EndpointSummary("Plan an activity of a group (a workshop, an exchange session, a visit, a talk): once, or a weekly or monthly series")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static (IResult, IMartenOp) Post(PlanActivity command, [ReadAggregate("groupId")] Group group, PlanningContext context, TimeProvider clock)
    {
        var activityId = Guid.CreateVersion7();
        return command.Decide(activityId, group, context.PartnerKnown, context.Skills, clock.Today())
            .Start<Activity>(activityId, $"/api/activities/{activityId}");
    }
}
