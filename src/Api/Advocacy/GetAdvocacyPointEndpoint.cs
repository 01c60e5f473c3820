namespace LivingLibrary.Api.Advocacy;

public static class GetAdvocacyPointEndpoint
{
    public static ProblemDetails Validate(ClaimsPrincipal user) => Problems.FirstOf(user.Caller().MayAdvocate());

    [WolverineGet("/api/advocacy/{pointId}"), Tags("Advocacy"), EndpointSummary("A demand: its text, its figures, where it stands")]
    public static AdvocacyPoint Get([ReadAggregate("pointId")] AdvocacyPoint point) => point;
}
