namespace LivingLibrary.Api.Knowledge;

public static class ReviewKnowledgeEntryEndpoint
{
    [WolverinePost("/api/knowledge/{entryId}/review"), Tags("Knowledge"), EndpointSummary("Review an entry written by someone else")]
    public static (Reply<KnowledgeEntry>, Events) Post([WriteAggregate("entryId")] KnowledgeEntry entry, ClaimsPrincipal user) =>
        ReviewKnowledgeEntry.Decide(entry, user.Caller().UserId).Reply<KnowledgeEntry>();
}
