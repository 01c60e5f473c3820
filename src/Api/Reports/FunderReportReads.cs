namespace LivingLibrary.Api.Reports;

public static class FunderReportReads
{
    /// <summary>
    /// The latest moment whose events are surely all recorded, by the database's clock: an event is stamped when its
    /// transaction starts, so a transaction still open could yet commit events stamped earlier than now. Hence the
    /// start of the oldest open transaction, less a margin (<see cref="FunderReports.Settled"/>).
    /// </summary>
    public static async Task<DateTimeOffset> RecordedUpToAsync(this IQuerySession session) =>
        (await session.QueryAsync<DateTimeOffset>("""
            select least(now(), coalesce(min(xact_start), now())) from pg_stat_activity
            where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null
            """)).Single() - FunderReports.Settled;

    /// <summary>The report as of its cut-off, and its JSON: what is hashed and served.</summary>
    public static async Task<BuiltReport> FunderReportAsync(this IQuerySession session, ReportRequest request)
    {
        var sources = await session.ReportSourcesAsync(request.GroupId, request.CutOff);
        var report = FunderReport.Build(request, sources);
        return new BuiltReport(report, FunderReports.Json(report), sources);
    }
}

public sealed record BuiltReport(FunderReport Report, byte[] Json, ReportSources Sources)
{
    public string Sha256 => FunderReports.Sha256(Json);
}
