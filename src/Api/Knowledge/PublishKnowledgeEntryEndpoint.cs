namespace LivingLibrary.Api.Knowledge;

public static class PublishKnowledgeEntryEndpoint
{
    [WolverinePost("/api/knowledge/{entryId}/publish"), Tags("Knowledge"), EndpointSummary("Publish a reviewed entry to everyone in the organisation")]
    public static (Reply<KnowledgeEntry>, Events) Post([WriteAggregate("entryId")] KnowledgeEntry entry, TimeProvider clock) =>
        PublishKnowledgeEntry.Decide(entry, clock.Today()).Reply<KnowledgeEntry>();
}
