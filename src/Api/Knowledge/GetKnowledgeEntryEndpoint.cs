namespace LivingLibrary.Api.Knowledge;

public static class GetKnowledgeEntryEndpoint
{
    [WolverineGet("/api/knowledge/{entryId}"), Tags("Knowledge"), EndpointSummary("One knowledge entry, with its version as ETag")]
    public static KnowledgeEntry Get([ReadAggregate("entryId")] KnowledgeEntry entry, HttpResponse response)
    {
        response.Headers.ETag = Versions.ETag(entry.Version);
        return entry;
    }
}
