namespace LivingLibrary.Api.DropIns;

public static class RescheduleDropInDeskEndpoint
{
    public static ProblemDetails Validate(DropInDesk desk, ClaimsPrincipal user) => Problems.FirstOf(desk.MayManage(user.Caller()));

    [WolverinePost("/api/desks/{deskId}/reschedule"), Tags("Drop-ins"), EndpointSummary("Change a desk's weekly hours")]
    public static (Reply<DropInDesk>, Events) Post(RescheduleDropInDesk command, [WriteAggregate("deskId")] DropInDesk desk) =>
        command.Decide(desk).Reply<DropInDesk>();
}
