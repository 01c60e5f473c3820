namespace LivingLibrary.Api.Evaluations;

public static class RetireOrganisationQuestionEndpoint
{
    public static ProblemDetails Validate(ClaimsPrincipal user) => Problems.FirstOf(user.Caller().MayManageTheQuestionnaire());

    [WolverinePost("/api/questions/{questionId}/retire"), Tags("Evaluations"), EndpointSummary("Stop asking the organisation's question in new campaigns")]
    public static (Reply<OrganisationQuestion>, Events) Post([WriteAggregate("questionId")] OrganisationQuestion question) =>
        RetireOrganisationQuestion.Decide(question).Reply<OrganisationQuestion>();
}
