namespace LivingLibrary.Api.Reports;

public static class GetIssuedReportContentEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(IssuedReport report, string? format, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayReadIssuedAsync(report, user), ReportFormats.Check(format));

    /// <summary>Regenerated from the events up to its cut-off: the same bytes as when it was issued.</summary>
    [WolverineGet("/api/reports/{reportId}/content"), Tags("Reports")]
    [EndpointSummary("An issued report's content, regenerated: format json, csv (a zip) or printable (language fr, nl or en)")]
    [ProducesResponseType<FunderReport>(StatusCodes.Status200OK), AlsoAnswers(ReportFormats.Zip, ReportFormats.Printable)]
    public static async Task<IResult> Get([ReadAggregate("reportId")] IssuedReport report, string? format, string? language, ClaimsPrincipal user,
        IQuerySession session) =>
        ReportFormats.Write(await session.FunderReportAsync(report.Request(user.Caller().OrganisationId)), format, language, report);
}
