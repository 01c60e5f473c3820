namespace LivingLibrary.Api.Reports;

public static class IssueFunderReportEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(IssueFunderReport command, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayReadReportAsync(command.GroupId, user));

    /// <summary>Records the report's parameters and the hash of its JSON: GET /api/reports/{id}/check regenerates it and compares.</summary>
    [WolverinePost("/api/reports"), Tags("Reports"), EndpointSummary("Issue a funder report: its parameters and the SHA-256 of its content are recorded")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static async Task<(IResult, IMartenOp)> Post(IssueFunderReport command, ClaimsPrincipal user, IQuerySession session, TimeProvider clock)
    {
        var recordedUpTo = await session.RecordedUpToAsync();
        if (command.Check(recordedUpTo) is { } refused) return (Results.Problem(refused.ToProblem()), MartenOps.Nothing());
        var caller = user.Caller();
        var request = command.Period.For(caller.OrganisationId, command.GroupId, recordedUpTo);
        var built = await session.FunderReportAsync(request);
        var reportId = Guid.CreateVersion7();
        return IssueFunderReport.Decide(reportId, request, built.Sha256, caller, clock.Today()).Start<IssuedReport>(reportId, $"/api/reports/{reportId}");
    }
}
