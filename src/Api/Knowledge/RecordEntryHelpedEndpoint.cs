namespace LivingLibrary.Api.Knowledge;

public static class RecordEntryHelpedEndpoint
{
    [WolverinePost("/api/knowledge/{entryId}/helped"), Tags("Knowledge"), EndpointSummary("Record that a published entry helped someone")]
    public static (Reply<KnowledgeEntry>, Events) Post([WriteAggregate("entryId")] KnowledgeEntry entry, TimeProvider clock) =>
        RecordEntryHelped.Decide(entry, clock.Today()).Reply<KnowledgeEntry>();
}
