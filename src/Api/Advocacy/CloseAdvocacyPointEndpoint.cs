namespace LivingLibrary.Api.Advocacy;

public static class CloseAdvocacyPointEndpoint
{
    public static ProblemDetails Validate(ClaimsPrincipal user) => Problems.FirstOf(user.Caller().MayAdvocate());

    [WolverinePost("/api/advocacy/{pointId}/close"), Tags("Advocacy"), EndpointSummary("Close a demand")]
    public static (Reply<AdvocacyPoint>, Events) Post(CloseAdvocacyPoint command, [WriteAggregate("pointId")] AdvocacyPoint point, TimeProvider clock) =>
        command.Decide(point, clock.Today()).Reply<AdvocacyPoint>();
}
