using System.Globalization;
using LivingLibrary.Api.Loans;
using LivingLibrary.Api.Participants;
using LivingLibrary.Domain.Loans;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// The devices a group's participants have now (from GET /api/devices, the inventory every member of staff sees), and
/// lending one of the available devices to one of them (POST /api/devices/{id}/lend, sent through the API).
/// </summary>
public sealed class GroupLoansModel : ConsolePage
{
    public Group Group { get; private set; } = null!;
    public IReadOnlyList<Participant> Participants { get; private set; } = [];
    public IReadOnlyList<DeviceSummary> Out { get; private set; } = [];
    public IReadOnlyList<DeviceSummary> Available { get; private set; } = [];

    private async Task<IActionResult?> LoadAsync(Guid groupId)
    {
        if (await VisibleGroupAsync(groupId) is not { } group) return NotFound();
        Group = group;
        Participants = await GetGroupParticipantsEndpoint.Get(group, Query);
        var devices = await GetDevicesEndpoint.Get(Query, User, Clock, null);
        var members = Participants.Select(p => p.Id).ToHashSet();
        Out = [.. devices.Where(d => d.Loan?.Borrower is { } b && members.Contains(b.Id))
            .OrderByDescending(d => d.State == DeviceState.Overdue).ThenBy(d => d.Loan!.Until)];
        Available = [.. devices.Where(d => d.State == DeviceState.Available)];
        return null;
    }

    public async Task<IActionResult> OnGetAsync(Guid groupId) => await LoadAsync(groupId) ?? Page();

    /// <summary>POST /api/devices/{deviceId}/lend for the participant chosen; the device's page then shows the loan.</summary>
    public async Task<IActionResult> OnPostAsync(Guid groupId)
    {
        if (Request.Id("deviceId") is not { } deviceId)
        {
            ModelState.AddModelError("deviceId", Beside(Says.Required));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await LoadAsync(groupId) ?? Page();
        }
        var command = new LendDevice(Request.Id("participantId"), null, Request.Date("from"), Request.Date("until"), Cents(Request.Text("deposit")),
            new SignedAgreement(Request.Text("agreement.notice"), Request.Date("agreement.signedOn")));
        var sent = await SendAsync(HttpMethod.Post, $"/api/devices/{deviceId}/lend", Request.AsTyped(command, "from", "until", "agreement.signedOn"),
            _ => $"{ConsoleSetup.Prefix}/devices/{deviceId}?saved=true#message", onPage: OnThisForm);
        return await ShownWith(sent, () => LoadAsync(groupId));
    }

    /// <summary>The deposit typed in euros (20, 20,50 or 20.50), in cents as the API counts it; blank or unreadable is none given.</summary>
    private static int? Cents(string? euros) =>
        decimal.TryParse(euros?.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            ? (int)Math.Round(amount * 100) : null;

    /// <summary>The deposit is typed in euros here, in a field of its own name (the catalogue words its fault for the form).</summary>
    private static Refusal OnThisForm(Refusal refusal) =>
        refusal.Errors is { } errors ? refusal with { Errors = errors.ToDictionary(e => e.Key == "depositCents" ? "deposit" : e.Key, e => e.Value) } : refusal;
}
