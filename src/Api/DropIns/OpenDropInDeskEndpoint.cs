namespace LivingLibrary.Api.DropIns;

public static class OpenDropInDeskEndpoint
{
    public static ProblemDetails Validate(ClaimsPrincipal user) => Problems.FirstOf(user.Caller().MayOpenDesks());

    [WolverinePost("/api/desks"), Tags("Drop-ins"), EndpointSummary("Open a drop-in desk: a place and its weekly hours (coordinators)")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static (IResult, IMartenOp) Post(OpenDropInDesk command)
    {
        var deskId = Guid.CreateVersion7();
        return command.Decide(deskId).Start<DropInDesk>(deskId, $"/api/desks/{deskId}");
    }
}
