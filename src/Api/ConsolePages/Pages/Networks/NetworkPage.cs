namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// A network coordinator's page (docs/adr/0015): the network's own views, read through the API (docs/adr/0011), so a
/// network coordinator sees what the API shows them and no more: counts of cases with no figure under three, members
/// by their ids, shared knowledge; never a member's participants, visitors or cases. Another network is a 404.
/// </summary>
public abstract class NetworkPage : ApiReadingPage
{
    public Network Network { get; private set; } = null!;

    /// <summary>The network as GET /api/networks/{id} answers its coordinator, or the API's refusal.</summary>
    protected async Task<IActionResult?> LoadNetworkAsync(Guid networkId)
    {
        var (network, refused) = await ReadAsync<Network>($"/api/networks/{networkId}");
        if (refused is not null) return refused;
        Network = network!;
        return null;
    }

    /// <summary>A service by its name in the page's language: the built-in list's (a member's own service is shown by its code).</summary>
    public string ServiceName(string code) => ServiceList.BuiltIn.Find(code)?.Name.In(Language) ?? code;

    public string DifficultyName(string code) => Difficulties.All.FirstOrDefault(d => d.Code == code)?.Name.In(Language) ?? code;

    protected static string QueryOf(params (string Name, string? Value)[] values) =>
        string.Join("&", values.Where(v => v.Value is not null).Select(v => $"{v.Name}={Uri.EscapeDataString(v.Value!)}"));
}
