namespace LivingLibrary.Api.DropIns;

/// <summary>The drop-in requests figures count (<see cref="Visit"/>), read from the cases' snapshots.</summary>
public static class DropInVisits
{
    public static async Task<IReadOnlyList<Visit>> VisitsAsync(this IQuerySession session, DateOnly? from, DateOnly? to, Guid? deskId = null)
    {
        var query = session.Query<ProblemCase>().Where(c => c.DeskId != null && c.Status != CaseStatus.Voided);
        if (deskId is { } desk) query = query.Where(c => c.DeskId == desk);
        if (from is { } first) query = query.Where(c => c.SessionOn >= first);
        if (to is { } last) query = query.Where(c => c.SessionOn <= last);
        var desks = (await session.Query<DropInDesk>().ToListAsync()).ToDictionary(d => d.Id);
        return [.. (await query.ToListAsync()).Select(Visit.Of).OfType<Visit>().Select(v => v.At(desks.GetValueOrDefault(v.DeskId)))];
    }

    /// <summary>Days <c>from</c> and <c>to</c>, each optional, the second not before the first.</summary>
    public static Refusal? CheckPeriod(DateOnly? from, DateOnly? to) =>
        new Fields().Check("to", from is null || to is null || to >= from, Says.NotBeforeFrom).Refusal();
}

public static class GetDeskFiguresEndpoint
{
    public static ProblemDetails Validate(DropInDesk desk, ClaimsPrincipal user, DateOnly? from, DateOnly? to) =>
        Problems.FirstOf(desk.MaySee(user.Caller()), DropInVisits.CheckPeriod(from, to));

    /// <summary>Exact, for the desk's staff and the coordinators, who wrote the requests on its sheets.</summary>
    [WolverineGet("/api/desks/{deskId}/figures"), Tags("Drop-ins")]
    [EndpointSummary("A desk's sessions over a period (days from and to): requests and people, each person once, by service and session by session")]
    public static async Task<DropInFigures> Get([ReadAggregate("deskId")] DropInDesk desk, DateOnly? from, DateOnly? to, IQuerySession session) =>
        DropInFigures.Of(from, to, [desk], await session.VisitsAsync(from, to, desk.Id));
}

public static class GetDropInFiguresEndpoint
{
    public static ProblemDetails Validate(ClaimsPrincipal user, DateOnly? from, DateOnly? to) =>
        Problems.FirstOf(user.Caller().MaySeeTheWholeOrganisation(), DropInVisits.CheckPeriod(from, to));

    [WolverineGet("/api/drop-ins/figures"), Tags("Drop-ins")]
    [EndpointSummary("The organisation's drop-ins over a period (days from and to): requests and people, each person once however many desks they went to, desk by desk and session by session (coordinators)")]
    public static async Task<DropInFigures> Get(DateOnly? from, DateOnly? to, IQuerySession session) =>
        DropInFigures.Of(from, to, await session.Query<DropInDesk>().ToListAsync(), await session.VisitsAsync(from, to));
}
