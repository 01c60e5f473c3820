using LivingLibrary.Api.Privacy;
using LivingLibrary.Domain.DropIns;
using LivingLibrary.Domain.Evaluations;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// The organisation's weighty changes, each on a confirmation page of its own (GET says what will happen, POST does it
/// through the API): closing a drop-in desk, retiring a question, erasing now everyone past the retention.
/// </summary>
public sealed class SettingsConfirmModel : ApiReadingPage
{
    public const string CloseDesk = "close-desk", RetireQuestion = "retire-question", ApplyRetention = "apply-retention";

    public string What { get; private set; } = "";
    public DropInDesk? Desk { get; private set; }
    public OrganisationQuestion? Question { get; private set; }
    public int Due { get; private set; }

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
            _ => NotFound(),
        };
        return await ShownWith(sent, () => LoadAsync(what, id));
    }
}
