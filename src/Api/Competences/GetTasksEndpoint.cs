
namespace LivingLibrary.Api.Competences;

public sealed record TaskEntry(string Code, Label Name, IReadOnlyList<string> Competences, bool OwnTask);

public static class GetTasksEndpoint
{
    [WolverineGet("/api/tasks"), Tags("Reference"), EndpointSummary("Everyday tasks, each mapped to DigComp: the built-in ones and the organisation's own")]
    public static async Task<IReadOnlyList<TaskEntry>> Get(IQuerySession session)
    {
        var catalogue = await session.SkillCatalogueAsync();
        var own = catalogue.OrganisationTasks.Select(t => t.Code).ToHashSet();
        return [.. catalogue.Tasks.Select(t => new TaskEntry(t.Code, t.Name, t.CompetenceCodes, own.Contains(t.Code)))];
    }
}
