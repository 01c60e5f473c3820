using LivingLibrary.Api.Journal;
using LivingLibrary.Api.Networks;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// A desk's queue of referrals from members of its organisation's networks (GET /api/desks/{id}/referrals), each with what
/// the person agreed to pass on (GET /api/referrals/{id}, journalled as the API's route is), and the answers, each sent
/// through the API (docs/adr/0022, docs/adr/0033): accept, decline with a reason, record the outcome.
/// </summary>
public sealed class DeskReferralsModel : CasePage
{
    public DropInDesk Desk { get; private set; } = null!;
    public IReadOnlyList<NetworkReferral> Referrals { get; private set; } = [];

    private async Task<IActionResult?> LoadAsync(Guid deskId)
    {
        var desk = await Query.LoadAsync<DropInDesk>(deskId);
        if (desk.MaySee(Caller) is not null) return NotFound();
        Desk = desk!;
        var queue = await GetDeskReferralsEndpoint.Get(Desk, Query);
        var referrals = (await Query.LoadManyAsync<NetworkReferral>(queue.Select(q => q.ReferralId))).ToDictionary(r => r.Id);
        Referrals = [.. queue.Select(q => referrals[q.ReferralId])];
        await LoadListsAsync();
        return null;
    }

    /// <summary>Each referral shown is a read of that organisation's visitor, journalled as GET /api/referrals/{id} is.</summary>
    private async Task<IActionResult> Shown(IActionResult result)
    {
        foreach (var referral in Referrals)
            await Store.RecordReadsAsync(Caller.OrganisationId, Clock.GetUtcNow(), Caller.UserId, PersonKind.Visitor, referral.VisitorId, null,
                PersonalRead.Referral);
        return result;
    }

    public async Task<IActionResult> OnGetAsync(Guid deskId) => await LoadAsync(deskId) ?? await Shown(Page());

    /// <summary>A referral's form's fields are named after it (several are on the page): "decline-{id}.reason".</summary>
    public static string Form(string command, Guid referral) => $"{command}-{referral:N}";

    private async Task<IActionResult> SendAsync(Guid deskId, Guid referral, string command, Func<string, object> body)
    {
        var form = Form(command, referral);
        var sent = await SendAsync($"/api/referrals/{referral}/{command}", body(form + "."),
            _ => $"{ConsoleSetup.Prefix}/desks/{deskId}/referrals#referral-{referral}", form + ".");
        return await ShownWith(sent, async () => await LoadAsync(deskId) ?? await Shown(sent));
    }

    /// <summary>POST /api/referrals/{id}/accept.</summary>
    public Task<IActionResult> OnPostAcceptAsync(Guid deskId, Guid referral) => SendAsync(deskId, referral, "accept", _ => new { });

    /// <summary>POST /api/referrals/{id}/decline.</summary>
    public Task<IActionResult> OnPostDeclineAsync(Guid deskId, Guid referral) => SendAsync(deskId, referral, "decline",
        at => new DeclineReferral(Request.Choice<DeclineReason>(at + "reason"), Request.Text(at + "note")));

    /// <summary>POST /api/referrals/{id}/outcome.</summary>
    public Task<IActionResult> OnPostOutcomeAsync(Guid deskId, Guid referral) => SendAsync(deskId, referral, "outcome",
        at => new RecordReferralOutcome(Request.Choice<ReferralResult>(at + "result"), Request.Text(at + "note")));
}
