namespace LivingLibrary.Api.Reports;

public static class GetIssuedReportEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(IssuedReport report, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayReadIssuedAsync(report, user));

    [WolverineGet("/api/reports/{reportId}"), Tags("Reports"), EndpointSummary("An issued report: its parameters and the SHA-256 of its content")]
    public static IssuedReport Get([ReadAggregate("reportId")] IssuedReport report) => report;

    /// <summary>As its report: a group's for whoever may see the group, the organisation's for coordinators; to anyone else it does not exist.</summary>
    public static async Task<Refusal?> MayReadIssuedAsync(this IQuerySession session, IssuedReport report, ClaimsPrincipal user) =>
        await session.MayReadReportAsync(report.GroupId, user) is null ? null : Refusal.NotFound(Thing.Report);
}
