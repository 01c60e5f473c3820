namespace LivingLibrary.Api.Cases;

public static class GetGroupCaseActivityEndpoint
{
    public static ProblemDetails Validate(Group group, ClaimsPrincipal user, DateOnly? from, DateOnly? to, TimeProvider clock) =>
        Problems.FirstOf(group.MaySee(user.Caller()), new Occurred(from, to).Check(clock.Today()));

    [WolverineGet("/api/groups/{groupId}/case-activity"), Tags("Cases")]
    [EndpointSummary("What a group did with its cases: from/to counts by the day things happened (cases posted, accompaniments), asOf answers as recorded by the end of that day; both combine (400: from and to both or neither, in order, 400 days at most)")]
    public static async Task<CaseActivity> Get([ReadAggregate("groupId")] Group group, IQuerySession session, DateOnly? asOf, DateOnly? from, DateOnly? to) =>
        CaseActivity.Of(await session.CasesAsOfAsync(session.Query<ProblemCase>().Where(c => c.GroupId == group.Id), asOf), new Occurred(from, to));
}
