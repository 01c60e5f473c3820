using LivingLibrary.Api.Loans;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// The organisation's devices, every member of staff's (docs/adr/0010): the overdue loans first (GET /api/loans/overdue),
/// then the inventory (GET /api/devices). A borrower is named only to those who may see them.
/// </summary>
public sealed class LoansModel : ConsolePage
{
    public IReadOnlyList<OverdueLoan> Overdue { get; private set; } = [];
    public IReadOnlyList<DeviceSummary> Devices { get; private set; } = [];

    private async Task<IActionResult?> LoadAsync()
    {
        Overdue = await GetOverdueLoansEndpoint.Get(Query, User, Clock);
        Devices = await GetDevicesEndpoint.Get(Query, User, Clock, null);
        return null;
    }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    /// <summary>POST /api/devices, a coordinator's: the new device's page, or the inventory again with the refusal.</summary>
    public async Task<IActionResult> OnPostRegisterAsync()
    {
        var sent = await SendAsync("/api/devices", new RegisterDevice(Request.Choice<DeviceKind>("kind"), Request.Text("identifier"),
                Request.Choice<DeviceCondition>("condition"), Request.Text("note")),
            answer => $"{ConsoleSetup.Prefix}/devices/{answer.Read<CreatedId>().Id}?saved=true#message");
        return await ShownWith(sent, LoadAsync);
    }
}

/// <summary>A borrower in a cell (_Borrower): named with a link for those who may see them, else "not shown".</summary>
public sealed record BorrowerCell(ConsolePage Page, BorrowerView? Borrower);

public static class Money
{
    /// <summary>A deposit as the page's language writes euros (20,00 €; € 20,00; €20.00).</summary>
    public static string Euros(this ConsolePage page, int cents) =>
        (cents / 100m).ToString("C", System.Globalization.CultureInfo.GetCultureInfo(page.Language == "en" ? "en-IE" : $"{page.Language}-BE"));
}
