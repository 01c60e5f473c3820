using LivingLibrary.Api.Loans;
using LivingLibrary.Domain.Loans;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// One device and its loans, the latest first (GET /api/devices/{id}); its return recorded and its loan extended (POST
/// /api/devices/{id}/return, …/extend, sent through the API) by whoever may see its borrower, its condition by a coordinator.
/// </summary>
public sealed class DeviceModel : ConsolePage
{
    public DeviceView Device { get; private set; } = null!;
    public bool Saved { get; private set; }

    /// <summary>The loan it is out on, when it is out.</summary>
    public LoanView? OnLoan => Device.State is DeviceState.Lent or DeviceState.Overdue ? Device.Loans.FirstOrDefault(l => l.Return is null) : null;

    private async Task<IActionResult?> LoadAsync(Guid deviceId)
    {
        if (await Query.LoadAsync<Device>(deviceId) is not { } device) return NotFound();
        Device = await GetDeviceEndpoint.Get(device, Query, User, Clock, Response);
        return null;
    }

    public async Task<IActionResult> OnGetAsync(Guid deviceId, bool saved)
    {
        Saved = saved;
        return await LoadAsync(deviceId) ?? Page();
    }

    /// <summary>POST /api/devices/{id}/return: the day (today when blank), its condition, the deposit, a note.</summary>
    public async Task<IActionResult> OnPostReturnAsync(Guid deviceId)
    {
        var command = new ReturnDevice(Request.Date("on"), Request.Choice<DeviceCondition>("condition"), YesOrNo(Request.Text("depositReturned")), Request.Text("note"));
        var sent = await SendAsync($"/api/devices/{deviceId}/return", command,
            _ => $"{ConsoleSetup.Prefix}/devices/{deviceId}?saved=true#message");
        return await ShownWith(sent, () => LoadAsync(deviceId));
    }

    /// <summary>POST /api/devices/{id}/extend: a new due date, for whoever may take it back.</summary>
    public async Task<IActionResult> OnPostExtendAsync(Guid deviceId)
    {
        var sent = await SendAsync($"/api/devices/{deviceId}/extend", new ExtendLoan(Request.Date("until")),
            _ => $"{ConsoleSetup.Prefix}/devices/{deviceId}?saved=true#message");
        return await ShownWith(sent, () => LoadAsync(deviceId));
    }

    /// <summary>POST /api/devices/{id}/condition, a coordinator's, while the device is here (repaired, found broken).</summary>
    public async Task<IActionResult> OnPostConditionAsync(Guid deviceId)
    {
        var sent = await SendAsync($"/api/devices/{deviceId}/condition", new RecordDeviceCondition(Request.Choice<DeviceCondition>("condition"), Request.Text("note")),
            _ => $"{ConsoleSetup.Prefix}/devices/{deviceId}?saved=true#message");
        return await ShownWith(sent, () => LoadAsync(deviceId));
    }

    private static bool? YesOrNo(string? said) => said switch { "yes" => true, "no" => false, _ => null };
}
