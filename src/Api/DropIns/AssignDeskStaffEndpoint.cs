namespace LivingLibrary.Api.DropIns;

public static class AssignDeskStaffEndpoint
{
    public static ProblemDetails Validate(DropInDesk desk, ClaimsPrincipal user) => Problems.FirstOf(desk.MayManage(user.Caller()));

    [WolverinePost("/api/desks/{deskId}/staff"), Tags("Drop-ins"), EndpointSummary("Add someone to the people who staff a desk")]
    public static (Reply<DropInDesk>, Events) Post(AssignDeskStaff command, [WriteAggregate("deskId")] DropInDesk desk) =>
        command.Decide(desk).Reply<DropInDesk>();
}
