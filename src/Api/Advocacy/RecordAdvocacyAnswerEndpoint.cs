namespace LivingLibrary.Api.Advocacy;

public static class RecordAdvocacyAnswerEndpoint
{
    public static ProblemDetails Validate(ClaimsPrincipal user) => Problems.FirstOf(user.Caller().MayAdvocate());

    [WolverinePost("/api/advocacy/{pointId}/answer"), Tags("Advocacy"), EndpointSummary("Record the answer a demand received")]
    public static (Reply<AdvocacyPoint>, Events) Post(RecordAdvocacyAnswer command, [WriteAggregate("pointId")] AdvocacyPoint point, TimeProvider clock) =>
        command.Decide(point, clock.Today()).Reply<AdvocacyPoint>();
}
