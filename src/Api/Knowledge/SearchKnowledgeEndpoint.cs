namespace LivingLibrary.Api.Knowledge;

public static class SearchKnowledgeEndpoint
{
    public const int WordsMax = 200;

    /// <summary>
    /// Published entries by words (web-style: quotes, "or", "-word"; stemmed in each entry's language), service,
    /// difficulty, skill or language; most helpful first. status=draft or reviewed lists entries waiting for review.
    /// </summary>
    [WolverineGet("/api/knowledge"), Tags("Knowledge"), EndpointSummary("Search the knowledge base")]
    [ProducesResponseType<IReadOnlyList<KnowledgeEntry>>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(IQuerySession session, string? q, string? language, string? service, string? difficulty,
        string? skill, KnowledgeStatus? status)
    {
        var services = await session.ServiceListAsync();
        var refusal = new Fields()
            .Text("q", q, WordsMax, required: false)
            .Check("language", language is null || KnowledgeEntry.Languages.Contains(language), Says.OneOf(KnowledgeEntry.Languages))
            .Check("service", service is null || services.IsKnown(service), Says.OneOf(services.All.Select(s => s.Code)))
            .Check("difficulty", difficulty is null || Difficulties.IsKnown(difficulty), Says.OneOf(Difficulties.Codes))
            .Check("status", status is null || Enum.IsDefined(status.Value), Choices.NotAName(typeof(KnowledgeStatus)))
            .Refusal();
        return refusal is not null
            ? Results.Problem(refusal.ToProblem())
            : Results.Json(await session.SearchAsync(q, language, service, difficulty, skill, status ?? KnowledgeStatus.Published));
    }
}
