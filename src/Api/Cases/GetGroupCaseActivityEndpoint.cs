namespace LivingLibrary.Api.Cases;

public static class GetGroupCaseActivityEndpoint
{
    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MaySee(user.Caller()));

    [WolverineGet("/api/groups/{groupId}/case-activity"), Tags("Cases"), EndpointSummary("What a group did with its cases, now or as of a past day")]
    public static async Task<CaseActivity> Get([ReadAggregate("groupId")] Group group, IQuerySession session, DateOnly? asOf) =>
        CaseActivity.Of(await session.CasesAsOfAsync(session.Query<ProblemCase>().Where(c => c.GroupId == group.Id), asOf));
}
