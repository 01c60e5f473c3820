using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Privacy;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// A drop-in visitor's data, for coordinators, as a participant's is (<see cref="ParticipantPrivacyModel"/>): their export
/// as the API writes and journals it, and their erasure on this page of its own, through POST /api/visitors/{id}/erase.
/// </summary>
public sealed class VisitorPrivacyModel : ApiReadingPage
{
    public Guid VisitorId { get; private set; }
    public bool Erased { get; private set; }
    public bool JustErased { get; private set; }

    private async Task<IActionResult?> LoadAsync(Guid visitorId)
    {
        Erased = await Query.LoadAsync<VisitorErasure>(visitorId) is not null;
        if (!Erased && !await Query.Query<ProblemCase>().AnyAsync(c => c.Visitor!.VisitorId == visitorId)) return NotFound();
        if (Refused(Caller.MayErase()) is { } refused) return refused;
        VisitorId = visitorId;
        return null;
    }

    public async Task<IActionResult> OnGetAsync(Guid visitorId, bool erased)
    {
        JustErased = erased;
        return await LoadAsync(visitorId) ?? Page();
    }

    public Task<IActionResult> OnGetExportAsync(Guid visitorId, string? format) =>
        PassOnAsync($"/api/visitors/{visitorId}/export?format={Uri.EscapeDataString(format ?? "page")}&language={Language}");

    public async Task<IActionResult> OnPostAsync(Guid visitorId)
    {
        var sent = await SendAsync($"/api/visitors/{visitorId}/erase", new ErasePerson(Request.Choice<ErasureReason>("reason")),
            _ => $"{ConsoleSetup.Prefix}/visitors/{visitorId}/privacy?erased=true#message");
        return await ShownWith(sent, () => LoadAsync(visitorId));
    }
}
