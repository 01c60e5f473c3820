namespace LivingLibrary.Api.Evaluations;

public static class AddOrganisationQuestionEndpoint
{
    public static ProblemDetails Validate(ClaimsPrincipal user) => Problems.FirstOf(user.Caller().MayManageTheQuestionnaire());

    [WolverinePost("/api/questions"), Tags("Evaluations"), EndpointSummary("Add the organisation's own question to its campaigns (coordinators)")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static (IResult, IMartenOp) Post(AddOrganisationQuestion command)
    {
        var questionId = Guid.CreateVersion7();
        return command.Decide(questionId).Start<OrganisationQuestion>(questionId, $"/api/questions/{questionId}");
    }
}
