namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>The knowledge the network's members shared (GET /api/networks/{id}/knowledge): entries written from cases, with no one's data.</summary>
public sealed class NetworkKnowledgeModel : NetworkPage
{
    public IReadOnlyList<SharedKnowledgeEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid networkId, string? q)
    {
        if (await LoadNetworkAsync(networkId) is { } refused) return refused;
        var (entries, notShown) = await ReadAsync<List<SharedKnowledgeEntry>>($"/api/networks/{networkId}/knowledge?{QueryOf(("q", q))}");
        Entries = entries ?? [];
        return notShown ?? Page();
    }
}
