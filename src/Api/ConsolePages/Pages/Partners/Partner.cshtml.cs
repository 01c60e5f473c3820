using LivingLibrary.Api.Referral;
using LivingLibrary.Domain.Referral;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// A partner of the directory added (POST /api/partners) or changed (POST /api/partners/{id}/change), by a coordinator:
/// the form shows what the directory says now, and sends the whole entry back.
/// </summary>
public sealed class PartnerModel : CasePage
{
    /// <summary>The partner changed, or null when one is added.</summary>
    public Partner? Partner { get; private set; }

    public IEnumerable<Choice> KindOptions => this.Options<PartnerKind>(Words.PartnerKindName);

    /// <summary>The address names a partner by its id, or says "new".</summary>
    private static bool Named(string partner, out Guid? partnerId)
    {
        partnerId = Guid.TryParse(partner, out var id) ? id : null;
        return partnerId is not null || partner == "new";
    }

    private async Task<IActionResult?> LoadAsync(Guid? partnerId)
    {
        if (Caller.MayManageTheDirectory() is not null) return StatusCode(403);
        if (partnerId is { } id && (Partner = await Query.LoadAsync<Partner>(id)) is null) return NotFound();
        await LoadListsAsync();
        return null;
    }

    public async Task<IActionResult> OnGetAsync(string partner) => !Named(partner, out var partnerId) ? NotFound() : await LoadAsync(partnerId) ?? Page();

    public async Task<IActionResult> OnPostAsync(string partner)
    {
        if (!Named(partner, out var partnerId)) return NotFound();
        var entry = new PartnerEntry(Request.Text("partner.name"), Request.Choice<PartnerKind>("partner.kind"), Request.All("partner.services"),
            Request.All("partner.difficulties"), Codes("partner.languages"), Codes("partner.areas"), Request.Text("partner.contact"),
            Request.Text("partner.openingHours"), Request.Text("partner.accessibility"));
        var sent = partnerId is { } id
            ? await SendAsync($"/api/partners/{id}/change", new ChangePartner(entry), _ => $"{ConsoleSetup.Prefix}/partners?saved=true#message", "partner.")
            : await SendAsync("/api/partners", new ListPartner(entry), _ => $"{ConsoleSetup.Prefix}/partners?saved=true#message", "partner.");
        return await ShownWith(sent, () => LoadAsync(partnerId));
    }

    /// <summary>Codes typed in one field, separated by commas or spaces ("fr, nl", "1080 1000").</summary>
    private IReadOnlyList<string> Codes(string name) =>
        (Request.Text(name) ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>What a field shows: what came back, else what the directory says now.</summary>
    public string? Shown(string name, Func<PartnerDetails, string?> now) => IsPosted("") ? Request.Text(name) : Partner is null ? null : now(Partner.Details);

    public bool Checked(string name, string code, Func<PartnerDetails, IReadOnlyList<string>> now) =>
        IsPosted("") ? Request.All(name).Contains(code) : Partner is not null && now(Partner.Details).Contains(code);
}
