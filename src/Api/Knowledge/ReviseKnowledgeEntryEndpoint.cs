namespace LivingLibrary.Api.Knowledge;

public static class ReviseKnowledgeEntryEndpoint
{
    public static async Task<(ServiceList, SkillCatalogue)> LoadAsync(IQuerySession session) =>
        (await session.ServiceListAsync(), await session.SkillCatalogueAsync());

    [WolverinePost("/api/knowledge/{entryId}/revise"), Tags("Knowledge"), EndpointSummary("Revise an entry; it goes back to draft, to be reviewed again")]
    public static (Reply<KnowledgeEntry>, Events) Post(ReviseKnowledgeEntry command, [WriteAggregate("entryId")] KnowledgeEntry entry,
        ServiceList services, SkillCatalogue skills) =>
        command.Decide(entry, services, skills).Reply<KnowledgeEntry>();
}
