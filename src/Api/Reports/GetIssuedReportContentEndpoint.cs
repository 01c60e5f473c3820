namespace LivingLibrary.Api.Reports;

public static class GetIssuedReportContentEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(IssuedReport report, string? format, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayReadIssuedAsync(report, user), ReportFormats.Check(format));

    /// <summary>
    /// Regenerated from the events up to its cut-off: the same bytes as when it was issued, or a 409 rather than another
    /// report under its number (issued under other rules, or from other events: docs/adr/0009).
    /// </summary>
    [WolverineGet("/api/reports/{reportId}/content"), Tags("Reports")]
    [EndpointSummary("An issued report's content, regenerated: format json, csv (a zip) or printable (language fr, nl or en); 409 when it cannot be regenerated as issued")]
    [ProducesResponseType<FunderReport>(StatusCodes.Status200OK), AlsoAnswers(ReportFormats.Zip, ReportFormats.Printable)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<IResult> Get([ReadAggregate("reportId")] IssuedReport report, string? format, string? language, ClaimsPrincipal user,
        IQuerySession session)
    {
        var built = await session.FunderReportAsync(report.Request(user.Caller().OrganisationId));
        return built.Sha256 == report.Sha256
            ? ReportFormats.Write(built, format, language, report)
            : Results.Problem(Refusal.Conflict(NotAsIssued(report)).ToProblem());
    }

    private static Message NotAsIssued(IssuedReport report) => report.Rules != FunderReports.Rules
        ? Says.IssuedUnderOtherRules(report.Rules, FunderReports.Rules)
        : Says.NotAsIssued($"/api/reports/{report.Id:D}/check");
}
