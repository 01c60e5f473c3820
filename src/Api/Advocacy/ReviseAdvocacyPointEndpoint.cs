namespace LivingLibrary.Api.Advocacy;

public static class ReviseAdvocacyPointEndpoint
{
    public static ProblemDetails Validate(ClaimsPrincipal user) => Problems.FirstOf(user.Caller().MayAdvocate());

    [WolverinePost("/api/advocacy/{pointId}/revise"), Tags("Advocacy"), EndpointSummary("Rewrite a draft demand's title and text")]
    public static (Reply<AdvocacyPoint>, Events) Post(ReviseAdvocacyPoint command, [WriteAggregate("pointId")] AdvocacyPoint point) =>
        command.Decide(point).Reply<AdvocacyPoint>();
}
