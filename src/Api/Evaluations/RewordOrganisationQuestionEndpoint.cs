namespace LivingLibrary.Api.Evaluations;

public static class RewordOrganisationQuestionEndpoint
{
    public static ProblemDetails Validate(ClaimsPrincipal user) => Problems.FirstOf(user.Caller().MayManageTheQuestionnaire());

    [WolverinePost("/api/questions/{questionId}/reword"), Tags("Evaluations"), EndpointSummary("Reword the organisation's question: campaigns opened from now on ask the new version")]
    public static (Reply<OrganisationQuestion>, Events) Post(RewordOrganisationQuestion command, [WriteAggregate("questionId")] OrganisationQuestion question) =>
        command.Decide(question).Reply<OrganisationQuestion>();
}
