namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// The network's drop-ins (GET /api/networks/{id}/drop-ins and …/observatory/visitors): each member's desks with their
/// sessions, requests and people, and who comes by first language and postcode area, no figure under three (docs/adr/0034).
/// </summary>
public sealed class NetworkDropInsModel : NetworkPage
{
    public NetworkDesksView? Desks { get; private set; }
    public VisitorsView? Visitors { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid networkId, string? from, string? to)
    {
        if (await LoadNetworkAsync(networkId) is { } refused) return refused;
        var period = QueryOf(("from", from), ("to", to));
        var (desks, notShown) = await ReadAsync<NetworkDesksView>($"/api/networks/{networkId}/drop-ins?{period}");
        if (notShown is not null) return notShown;
        var (visitors, visitorsNotShown) = await ReadAsync<VisitorsView>($"/api/networks/{networkId}/observatory/visitors?{period}");
        (Desks, Visitors) = (desks, visitors);
        return visitorsNotShown ?? Page();
    }

    public string CodeName(string? code, bool language) =>
        code is null ? T(Words.FigNotGiven) : language ? LanguageName(code) : code;

    /// <summary>A host place, or a desk's staff kinds (<c>employee+volunteer</c>), by their built-in names; an organisation's own code as it is.</summary>
    public string DeskName(string? code, IReadOnlyList<DeskCode> list) =>
        code is null ? T(Words.FigNotGiven)
            : string.Join(" + ", code.Split('+').Select(c => list.FirstOrDefault(d => d.Code == c) is { } known ? In(known.Name) : c));
}
