namespace LivingLibrary.Api.Cases;

public static class CaseAccess
{
    /// <summary>A case is seen by whoever may see its group or its drop-in desk; to anyone else it does not exist.</summary>
    public static async Task<Refusal?> MayActOnAsync(this IQuerySession session, ProblemCase? problem, ClaimsPrincipal user)
    {
        if (problem is null) return Refusal.NotFound(Thing.Case);
        var group = problem.GroupId is { } groupId ? await session.LoadAsync<Group>(groupId) : null;
        var desk = problem.DeskId is { } deskId ? await session.LoadAsync<DropInDesk>(deskId) : null;
        return problem.MaySee(user.Caller(), group, desk);
    }
}
