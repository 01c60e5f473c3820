namespace LivingLibrary.Api.Reports;

/// <summary>
/// The hash recorded when the report was issued beside the hash of the report regenerated now, and the rules each was
/// built under: a report issued under other rules than today's cannot be regenerated as it was (docs/adr/0009).
/// </summary>
public sealed record ReportCheck(Guid ReportId, string Issued, string Regenerated, bool Matches, int RulesIssued, int RulesNow, CheckReason Reason);

public static class CheckIssuedReportEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(IssuedReport report, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayReadIssuedAsync(report, user));

    [WolverineGet("/api/reports/{reportId}/check"), Tags("Reports"),
     EndpointSummary("Regenerate an issued report and compare its SHA-256 with the one recorded, and the rules it was issued under with today's")]
    public static async Task<ReportCheck> Get([ReadAggregate("reportId")] IssuedReport report, ClaimsPrincipal user, IQuerySession session)
    {
        var now = (await session.FunderReportAsync(report.Request(user.Caller().OrganisationId))).Sha256;
        var same = now == report.Sha256;
        return new ReportCheck(report.Id, report.Sha256, now, same, report.Rules, FunderReports.Rules, CheckReasons.Of(same, report.Rules, FunderReports.Rules));
    }
}
