using LivingLibrary.Api.Cases;

namespace LivingLibrary.Api.DropIns;

public static class GetDeskActivityEndpoint
{
    public static ProblemDetails Validate(DropInDesk desk, ClaimsPrincipal user) => Problems.FirstOf(desk.MaySee(user.Caller()));

    [WolverineGet("/api/desks/{deskId}/activity"), Tags("Drop-ins"), EndpointSummary("What a desk did with its requests, now or as of a past day")]
    public static async Task<CaseActivity> Get([ReadAggregate("deskId")] DropInDesk desk, IQuerySession session, DateOnly? asOf) =>
        CaseActivity.Of(await session.CasesAsOfAsync(session.Query<ProblemCase>().Where(c => c.DeskId == desk.Id), asOf));
}
