namespace LivingLibrary.Api.Advocacy;

public static class SendAdvocacyPointEndpoint
{
    public static ProblemDetails Validate(ClaimsPrincipal user) => Problems.FirstOf(user.Caller().MayAdvocate());

    [WolverinePost("/api/advocacy/{pointId}/send"), Tags("Advocacy"), EndpointSummary("Record that a demand was sent, to whom and when")]
    public static (Reply<AdvocacyPoint>, Events) Post(SendAdvocacyPoint command, [WriteAggregate("pointId")] AdvocacyPoint point, TimeProvider clock) =>
        command.Decide(point, clock.Today()).Reply<AdvocacyPoint>();
}
