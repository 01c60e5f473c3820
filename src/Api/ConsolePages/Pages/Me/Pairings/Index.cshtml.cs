using LivingLibrary.Api.Pairings;

namespace LivingLibrary.Api.ConsolePages.Pages.Me.Pairings;

/// <summary>
/// A participant's pairings (docs/adr/0026): a proposal they answer yes or no to, where and when they meet, and, as the helper,
/// a link to record a session. Their answer is the staff's command, through the same endpoint.
/// </summary>
public sealed class IndexModel : MePage
{
    public IReadOnlyList<MyPairing> Pairings { get; private set; } = [];

    /// <summary>What was just recorded: yes, no, or a session.</summary>
    public string? Said { get; private set; }

    public IEnumerable<MyPairing> Shown => Pairings.Where(p => p.Status is PairingStatus.Proposed or PairingStatus.Active);

    private async Task<IActionResult?> LoadAsync()
    {
        if (await GetMyPairingsEndpoint.ReadAsync(Query, Caller) is not { } mine) return NotFound();
        Pairings = mine;
        await LoadSkillsAsync();
        return null;
    }

    public async Task<IActionResult> OnGetAsync(string? said)
    {
        Said = said is "yes" or "no" or "session" ? said : null;
        return await LoadAsync() ?? Page();
    }

    /// <summary>POST /api/pairings/{id}/accept, for themself.</summary>
    public async Task<IActionResult> OnPostYesAsync(Guid pairingId) =>
        await ShownWith(await SendAsync($"/api/pairings/{pairingId}/accept", new AcceptPairing(await MySideAsync(pairingId)), _ => $"{Home}/pairings?said=yes"), LoadAsync);

    /// <summary>POST /api/pairings/{id}/decline, for themself.</summary>
    public async Task<IActionResult> OnPostNoAsync(Guid pairingId) =>
        await ShownWith(await SendAsync($"/api/pairings/{pairingId}/decline", new DeclinePairing(await MySideAsync(pairingId), null), _ => $"{Home}/pairings?said=no"), LoadAsync);

    /// <summary>The side the participant is on; for a pairing not theirs, none (the API then answers 404).</summary>
    private async Task<Party?> MySideAsync(Guid pairingId) =>
        await Query.LoadAsync<Pairing>(pairingId) is { } pairing ? Caller.PartyIn(pairing) : null;

    /// <summary>The weekly moments both are free, in the page's words.</summary>
    public string Slots(IEnumerable<TimeSlot> slots) => string.Join(", ", slots.Select(s => Say(Says.Slot(s.Day, s.Part))));
}
