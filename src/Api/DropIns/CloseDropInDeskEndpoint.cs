namespace LivingLibrary.Api.DropIns;

public static class CloseDropInDeskEndpoint
{
    public static ProblemDetails Validate(DropInDesk desk, ClaimsPrincipal user) => Problems.FirstOf(desk.MayManage(user.Caller()));

    [WolverinePost("/api/desks/{deskId}/close"), Tags("Drop-ins"), EndpointSummary("Close a drop-in desk; its sheets and cases stay")]
    public static (Reply<DropInDesk>, Events) Post(CloseDropInDesk command, [WriteAggregate("deskId")] DropInDesk desk) =>
        command.Decide(desk).Reply<DropInDesk>();
}
