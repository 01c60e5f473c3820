namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>The network's activity (GET /api/networks/{id}/activity): each member's cases and hours over whole months, no figure under three.</summary>
public sealed class NetworkActivityModel : NetworkPage
{
    public NetworkActivityView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid networkId, string? from, string? to)
    {
        if (await LoadNetworkAsync(networkId) is { } refused) return refused;
        var (view, notShown) = await ReadAsync<NetworkActivityView>($"/api/networks/{networkId}/activity?{QueryOf(("from", from), ("to", to))}");
        View = view;
        return notShown ?? Page();
    }
}
