namespace LivingLibrary.Api.DropIns;

public static class GetDeskEndpoint
{
    public static ProblemDetails Validate(DropInDesk desk, ClaimsPrincipal user) => Problems.FirstOf(desk.MaySee(user.Caller()));

    [WolverineGet("/api/desks/{deskId}"), Tags("Drop-ins"), EndpointSummary("One drop-in desk, with its version as ETag")]
    public static DropInDesk Get([ReadAggregate("deskId")] DropInDesk desk, HttpResponse response)
    {
        response.Headers.ETag = Versions.ETag(desk.Version);
        return desk;
    }
}
