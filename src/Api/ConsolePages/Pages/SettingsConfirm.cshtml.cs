using LivingLibrary.Api.Privacy;
using LivingLibrary.Domain.DropIns;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Loans;
using LivingLibrary.Domain.Referral;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// The organisation's weighty changes, each on a confirmation page of its own (GET says what will happen, POST does it
/// through the API): closing a drop-in desk, retiring a question, erasing now everyone past the retention, retiring a
/// device, and taking a partner out of the suggestions or back.
/// </summary>
public sealed class SettingsConfirmModel : ApiReadingPage
{
    public const string CloseDesk = "close-desk", RetireQuestion = "retire-question", ApplyRetention = "apply-retention",
        RetireDevice = "retire-device", DeactivatePartner = "deactivate-partner", ReactivatePartner = "reactivate-partner",
        RemoveStaff = "remove-staff";

    public string What { get; private set; } = "";
    public DropInDesk? Desk { get; private set; }
    public OrganisationQuestion? Question { get; private set; }
    public int Due { get; private set; }
    public Device? Device { get; private set; }
    public Partner? Partner { get; private set; }

    /// <summary>Who leaves the desk's staff (<see cref="RemoveStaff"/>): one of its staff, named in the query.</summary>
    public DeskStaff? Staff { get; private set; }

    private async Task<IActionResult?> LoadAsync(string what, Guid? id)
    {
        if (Refused(Caller.MaySeeTheWholeOrganisation()) is { } refused) return refused;
        What = what;
        switch (what, id)
        {
            case (CloseDesk, { } deskId):
                Desk = await Query.LoadAsync<DropInDesk>(deskId);
                return Desk is null ? NotFound() : null;
            case (RetireQuestion, { } questionId):
                Question = await Query.LoadAsync<OrganisationQuestion>(questionId);
                return Question is null ? NotFound() : null;
            case (RemoveStaff, { } deskId):
                Desk = await Query.LoadAsync<DropInDesk>(deskId);
                Staff = Desk?.Staff.FirstOrDefault(p => p.UserId == Request.Query["user"].ToString());
                return Staff is null ? NotFound() : null;
            case (RetireDevice, { } deviceId):
                Device = await Query.LoadAsync<Device>(deviceId);
                return Device is null ? NotFound() : null;
            case (DeactivatePartner or ReactivatePartner, { } partnerId):
                Partner = await Query.LoadAsync<Partner>(partnerId);
                return Partner is null ? NotFound() : null;
            case (ApplyRetention, null):
                Due = (await GetDueForErasureEndpoint.Get(User, Store, Clock)).Count;
                return null;
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnGetAsync(string what, Guid? id) => await LoadAsync(what, id) ?? Page();

    public async Task<IActionResult> OnPostAsync(string what, Guid? id)
    {
        var back = $"{ConsoleSetup.Prefix}/organisation/settings?saved={what}#message";
        var sent = (what, id) switch
        {
            (CloseDesk, { } deskId) => await SendAsync($"/api/desks/{deskId}/close", new CloseDropInDesk(Request.Text("reason")), _ => back),
            (RetireQuestion, { } questionId) => await SendAsync($"/api/questions/{questionId}/retire", null, _ => back),
            (ApplyRetention, null) => await SendAsync("/api/retention/apply", null, _ => back),
            (RemoveStaff, { } deskId) => await SendAsync(HttpMethod.Delete, $"/api/desks/{deskId}/staff/{Uri.EscapeDataString(Request.Query["user"].ToString())}",
                null, _ => back),
            (RetireDevice, { } deviceId) => await SendAsync($"/api/devices/{deviceId}/retire", new RetireDevice(Request.Text("reason")),
                _ => $"{ConsoleSetup.Prefix}/devices/{deviceId}?saved=true#message"),
            (DeactivatePartner, { } partnerId) => await SendAsync($"/api/partners/{partnerId}/deactivate", new DeactivatePartner(Request.Text("reason")),
                _ => $"{ConsoleSetup.Prefix}/partners?saved=true#message"),
            (ReactivatePartner, { } partnerId) => await SendAsync($"/api/partners/{partnerId}/reactivate", null,
                _ => $"{ConsoleSetup.Prefix}/partners?saved=true#message"),
            _ => NotFound(),
        };
        return await ShownWith(sent, () => LoadAsync(what, id));
    }
}
