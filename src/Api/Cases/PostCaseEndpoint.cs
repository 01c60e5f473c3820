namespace LivingLibrary.Api.Cases;

public sealed record CaseInputs(Participant? Participant, ServiceList Services, SkillCatalogue Skills);

public static class PostCaseEndpoint
{
    public static async Task<CaseInputs> LoadAsync(PostCase command, IQuerySession session) =>
        new(command.ParticipantId is { } id ? await session.LoadAsync<Participant>(id) : null,
            await session.ServiceListAsync(), await session.SkillCatalogueAsync());

    public static ProblemDetails Validate(PostCase command, Group group, CaseInputs inputs, ClaimsPrincipal user) =>
        Problems.FirstOf(group.MayPostCaseFor(user.Caller(), command.ParticipantId, inputs.Participant));

    [WolverinePost("/api/groups/{groupId}/cases"), Tags("Cases"), EndpointSummary("Post a problem case for a participant of the group, or for oneself")]
    [ForCallers(CallerKinds.OrganisationStaff | CallerKinds.Participant)]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static (IResult, IMartenOp) Post(PostCase command, [ReadAggregate("groupId")] Group group, CaseInputs inputs, TimeProvider clock)
    {
        var caseId = Guid.CreateVersion7();
        return command.Decide(caseId, group, inputs.Participant, inputs.Services, inputs.Skills, clock.Today())
            .Start<ProblemCase>(caseId, $"/api/cases/{caseId}");
    }
}
