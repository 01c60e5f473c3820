using LivingLibrary.Api.Cases;

namespace LivingLibrary.Api.DropIns;

public static class GetDeskActivityEndpoint
{
    public static ProblemDetails Validate(DropInDesk desk, ClaimsPrincipal user, DateOnly? from, DateOnly? to, TimeProvider clock) =>
        Problems.FirstOf(desk.MaySee(user.Caller()), new Occurred(from, to).Check(clock.Today()));

    [WolverineGet("/api/desks/{deskId}/activity"), Tags("Drop-ins")]
    [EndpointSummary("What a desk did with its requests: from/to counts by the day things happened (sessions, accompaniments), asOf answers as recorded by the end of that day; both combine (400: from and to both or neither, in order, 400 days at most)")]
    public static async Task<CaseActivity> Get([ReadAggregate("deskId")] DropInDesk desk, IQuerySession session, DateOnly? asOf, DateOnly? from, DateOnly? to) =>
        CaseActivity.Of(await session.CasesAsOfAsync(session.Query<ProblemCase>().Where(c => c.DeskId == desk.Id), asOf), new Occurred(from, to));
}
