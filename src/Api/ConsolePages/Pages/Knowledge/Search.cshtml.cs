using LivingLibrary.Api.Knowledge;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>Knowledge search (GET /api/knowledge): the same checks of the words and filters, the same full-text search.</summary>
public sealed class SearchModel : CasePage
{
    public string? Q { get; private set; }
    public KnowledgeStatus Showing { get; private set; } = KnowledgeStatus.Published;
    public IReadOnlyList<KnowledgeEntry> Found { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? q, string? language, string? service, string? difficulty, string? status)
    {
        await LoadListsAsync();
        Q = q;
        var wanted = Choices.Read<KnowledgeStatus>(status) ?? KnowledgeStatus.Published;
        language = Fields.Blank(language);
        service = Fields.Blank(service);
        difficulty = Fields.Blank(difficulty);
        var refusal = new Fields()
            .Text("q", q, SearchKnowledgeEndpoint.WordsMax, required: false)
            .Check("language", language is null || KnowledgeEntry.Languages.Contains(language), Says.OneOf(KnowledgeEntry.Languages))
            .Check("service", service is null || Services.IsKnown(service), Says.OneOf(Services.All.Select(x => x.Code)))
            .Check("difficulty", difficulty is null || Difficulties.IsKnown(difficulty), Says.OneOf(Difficulties.Codes))
            .Check("status", Enum.IsDefined(wanted), Choices.NotAName(typeof(KnowledgeStatus)))
            .Refusal();
        if (Refused(refusal) is { } refused) return refused;
        Showing = wanted;
        Found = await Query.SearchAsync(q, language, service, difficulty, null, wanted);
        return Page();
    }
}
