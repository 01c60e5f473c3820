namespace LivingLibrary.Api.Evaluations;

public sealed record CampaignInputs(IReadOnlyList<Participant> Members, IReadOnlyList<OrganisationQuestion> OwnQuestions, SkillCatalogue Skills);

public static class OpenCampaignEndpoint
{
    public static async Task<CampaignInputs> LoadAsync(Group group, IQuerySession session) =>
        new(await session.Query<Participant>().Where(p => p.GroupId == group.Id && !p.HasLeft).ToListAsync(),
            await session.Query<OrganisationQuestion>().Where(q => !q.IsRetired).OrderBy(q => q.Id).ToListAsync(),
            await session.SkillCatalogueAsync());

    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MayRun(user.Caller()));

    [WolverinePost("/api/groups/{groupId}/campaigns"), Tags("Evaluations"), EndpointSummary("Open an evaluation campaign for the group")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static (IResult, IMartenOp) Post(OpenCampaign command, [ReadAggregate("groupId")] Group group, CampaignInputs inputs)
    {
        var campaignId = Guid.CreateVersion7();
        return command.Decide(campaignId, group, inputs.Members, inputs.OwnQuestions, inputs.Skills)
            .Start<Campaign>(campaignId, $"/api/campaigns/{campaignId}");
    }
}
