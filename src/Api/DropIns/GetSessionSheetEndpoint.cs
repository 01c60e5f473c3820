using LivingLibrary.Api.Cases;

namespace LivingLibrary.Api.DropIns;

/// <summary>A drop-in session's sheet: the desk on a day, its requests in the order they came, and the day's totals.</summary>
public sealed record SessionSheet(Guid DeskId, DateOnly On, IReadOnlyList<ProblemCase> Requests, CaseActivity Activity);

public static class GetSessionSheetEndpoint
{
    public static ProblemDetails Validate(DropInDesk desk, ClaimsPrincipal user) => Problems.FirstOf(desk.MaySee(user.Caller()));

    [WolverineGet("/api/desks/{deskId}/sessions/{on}"), Tags("Drop-ins"), EndpointSummary("The sheet of a drop-in session: a desk's requests on a day")]
    public static async Task<SessionSheet> Get([ReadAggregate("deskId")] DropInDesk desk, DateOnly on, IQuerySession session)
    {
        var requests = await session.Query<ProblemCase>().Where(c => c.DeskId == desk.Id && c.SessionOn == on && c.Status != CaseStatus.Voided).ToListAsync();
        // Version 7 ids: their order is the order the requests were written.
        var inOrder = requests.OrderBy(c => c.Id.ToString(), StringComparer.Ordinal).ToList();
        return new SessionSheet(desk.Id, on, inOrder, CaseActivity.Of(inOrder));
    }
}
