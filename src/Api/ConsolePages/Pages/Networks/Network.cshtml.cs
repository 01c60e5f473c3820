namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>A network coordinator's home: the network, its members (organisations, by id), its coordinators, and the ways to its views.</summary>
public sealed class NetworkModel : NetworkPage
{
    public async Task<IActionResult> OnGetAsync(Guid networkId) => await LoadNetworkAsync(networkId) ?? Page();
}
