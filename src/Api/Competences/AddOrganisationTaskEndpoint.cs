
namespace LivingLibrary.Api.Competences;

public sealed record OrganisationTaskCreated(string Code) : CreationResponse($"/api/tasks#{Code}");

public static class AddOrganisationTaskEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(AddOrganisationTask command, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(user.Caller().MayManageTheCatalogue(), OrganisationTask.Check(command, await session.SkillCatalogueAsync()));

    [WolverinePost("/api/tasks"), Tags("Reference"), EndpointSummary("Add an everyday task of the organisation's own (coordinators)")]
    public static (OrganisationTaskCreated, IStartStream) Post(AddOrganisationTask command)
    {
        var taskId = Guid.CreateVersion7();
        return (new OrganisationTaskCreated(command.Code!), MartenOps.StartStream<OrganisationTask>(taskId, OrganisationTask.Add(taskId, command)));
    }
}
