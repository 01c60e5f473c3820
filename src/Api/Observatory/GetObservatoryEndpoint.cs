namespace LivingLibrary.Api.Observatory;

public static class GetObservatoryEndpoint
{
    public static ProblemDetails Validate(ClaimsPrincipal user, string? from, string? to, string? format, TimeProvider clock) =>
        Problems.FirstOf(user.Caller().MaySeeTheWholeOrganisation(), new ObservatoryPeriod(from, to).Check(clock.Today()), ObservatoryCsv.Check(format));

    /// <summary>Served from the stored months (an async projection, about a second behind the last case).</summary>
    [WolverineGet("/api/observatory"), Tags("Observatory")]
    [EndpointSummary("The observatory of difficulties: cases by service, kind of difficulty and month, outcomes and autonomy, no figure under three (coordinators; format json or csv)")]
    [ProducesResponseType<ObservatoryView>(StatusCodes.Status200OK), AlsoAnswers(ObservatoryCsv.ContentType)]
    public static async Task<IResult> Get(string? from, string? to, bool? byMonth, string? format, IQuerySession session, TimeProvider clock)
    {
        var (first, last, months) = new ObservatoryPeriod(from, to).Resolve(clock.Today());
        var view = ObservatoryView.Of(first, last, byMonth ?? false, await session.LoadManyAsync<ObservatoryMonth>(months));
        return ObservatoryCsv.Write(view, format, await session.ServiceListAsync());
    }
}
