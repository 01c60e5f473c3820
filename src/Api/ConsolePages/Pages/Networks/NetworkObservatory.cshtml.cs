namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>The network's observatory (GET /api/networks/{id}/observatory): its members' cases summed, no figure under three.</summary>
public sealed class NetworkObservatoryModel : NetworkPage, IShowsObservatory
{
    public ObservatoryView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid networkId, string? from, string? to, bool? byMonth)
    {
        if (await LoadNetworkAsync(networkId) is { } refused) return refused;
        var (view, notShown) = await ReadAsync<ObservatoryView>(
            $"/api/networks/{networkId}/observatory?{QueryOf(("from", from), ("to", to), ("byMonth", byMonth == true ? "true" : null))}");
        View = view;
        return notShown ?? Page();
    }
}
