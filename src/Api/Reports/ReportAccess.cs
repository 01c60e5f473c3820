namespace LivingLibrary.Api.Reports;

public static class ReportAccess
{
    /// <summary>The organisation's report is its coordinators'; a group's is also its facilitators'. A group the caller may not see does not exist.</summary>
    public static async Task<Refusal?> MayReadReportAsync(this IQuerySession session, Guid? groupId, ClaimsPrincipal user)
    {
        var caller = user.Caller();
        if (groupId is not { } id) return caller.MaySeeTheWholeOrganisation();
        return await session.LoadAsync<Group>(id) is { } group && group.MaySee(caller) is null ? null : Refusal.NotFound(Thing.Group);
    }
}
