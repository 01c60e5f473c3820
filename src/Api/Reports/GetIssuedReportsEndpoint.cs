namespace LivingLibrary.Api.Reports;

public static class GetIssuedReportsEndpoint
{
    /// <summary>A coordinator sees every issued report; a facilitator those of the groups they run.</summary>
    [WolverineGet("/api/reports"), Tags("Reports"), EndpointSummary("The funder reports issued, latest first")]
    public static async Task<IReadOnlyList<IssuedReport>> Get(ClaimsPrincipal user, IQuerySession session)
    {
        var caller = user.Caller();
        var reports = await session.Query<IssuedReport>().ToListAsync();
        var groupIds = reports.Select(r => r.GroupId).OfType<Guid>().Distinct().ToArray();
        var seen = (await session.LoadManyAsync<Group>(groupIds)).Where(g => g.MaySee(caller) is null).Select(g => g.Id).ToHashSet();
        return [.. reports.Where(r => r.GroupId is { } g ? seen.Contains(g) : caller.IsCoordinator).OrderByDescending(r => r.Id)];
    }
}
