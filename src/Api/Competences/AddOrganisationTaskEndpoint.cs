
namespace LivingLibrary.Api.Competences;

public static class AddOrganisationTaskEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(AddOrganisationTask command, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(user.Caller().MayManageTheCatalogue(), OrganisationTask.Check(command, await session.SkillCatalogueAsync()));

    [WolverinePost("/api/tasks"), Tags("Reference"), EndpointSummary("Add an everyday task of the organisation's own (coordinators)")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static (IResult, IMartenOp) Post(AddOrganisationTask command)
    {
        var taskId = Guid.CreateVersion7();
        return Decision.Append(OrganisationTask.Add(taskId, command)).Start<OrganisationTask>(taskId, $"/api/tasks#{command.Code}");
    }
}
