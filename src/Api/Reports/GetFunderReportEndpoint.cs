namespace LivingLibrary.Api.Reports;

public static class GetFunderReportEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Guid? groupId, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayReadReportAsync(groupId, user));

    /// <summary>A preview: built like an issued report, but nothing is recorded (POST /api/reports issues one).</summary>
    [WolverineGet("/api/reports/funder"), Tags("Reports")]
    [EndpointSummary("The funder report of the organisation or a group (groupId) for a period, as of a cut-off: format json, csv (a zip) or printable (language fr, nl or en)")]
    [ProducesResponseType<FunderReport>(StatusCodes.Status200OK), AlsoAnswers(ReportFormats.Zip, ReportFormats.Printable)]
    public static async Task<IResult> Get(Guid? groupId, DateOnly? from, DateOnly? to, DateTimeOffset? cutOff, string? format, string? language,
        ClaimsPrincipal user, IQuerySession session)
    {
        var period = new ReportPeriod(from, to, cutOff);
        var recordedUpTo = await session.RecordedUpToAsync();
        if (Refusals.FirstOf(period.Check(recordedUpTo), ReportFormats.Check(format)) is { } refused) return Results.Problem(refused.ToProblem());
        var built = await session.FunderReportAsync(period.For(user.Caller().OrganisationId, groupId, recordedUpTo));
        return ReportFormats.Write(built, format, language, issued: null);
    }
}
