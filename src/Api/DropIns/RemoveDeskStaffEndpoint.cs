namespace LivingLibrary.Api.DropIns;

public static class RemoveDeskStaffEndpoint
{
    public static ProblemDetails Validate(DropInDesk desk, ClaimsPrincipal user) => Problems.FirstOf(desk.MayManage(user.Caller()));

    [WolverineDelete("/api/desks/{deskId}/staff/{userId}"), Tags("Drop-ins"), EndpointSummary("Remove someone from a desk's staff")]
    public static (Reply<DropInDesk>, Events) Delete(string userId, [WriteAggregate("deskId")] DropInDesk desk) =>
        new RemoveDeskStaff(userId).Decide(desk).Reply<DropInDesk>();
}
