using LivingLibrary.Api.Export;
using LivingLibrary.Api.Participants;
using LivingLibrary.Domain.Privacy;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// A person's data for their coordinators (docs/adr/0013, 0014): the export to download (GET /api/participants/{id}/export,
/// journalled by the API), and their erasure on a confirmation page of its own (GET says what will happen, POST
/// /api/participants/{id}/erase does it). A facilitator gets 403, another organisation's id 404, as from the API.
/// </summary>
public sealed class ParticipantPrivacyModel : ApiReadingPage
{
    public Participant Participant { get; private set; } = null!;
    public bool Erased { get; private set; }

    private async Task<IActionResult?> LoadAsync(Guid participantId)
    {
        var participant = await Query.LoadAsync<Participant>(participantId);
        if (participant is null) return NotFound();
        if (Refused(await Query.MayActOnAsync(participant, User) ?? Caller.MayErase()) is { } refused) return refused;
        Participant = participant;
        return null;
    }

    public async Task<IActionResult> OnGetAsync(Guid participantId, bool erased)
    {
        Erased = erased;
        return await LoadAsync(participantId) ?? Page();
    }

    /// <summary>The export as the API writes it: a page to print (the person's language is the page's) or the JSON.</summary>
    public Task<IActionResult> OnGetExportAsync(Guid participantId, string? format) =>
        PassOnAsync($"/api/participants/{participantId}/export?format={Uri.EscapeDataString(format ?? "page")}&language={Language}");

    public async Task<IActionResult> OnPostAsync(Guid participantId)
    {
        var sent = await SendAsync($"/api/participants/{participantId}/erase", new ErasePerson(Request.Choice<ErasureReason>("reason")),
            _ => $"{ConsoleSetup.Prefix}/participants/{participantId}/privacy?erased=true#message");
        return await ShownWith(sent, () => LoadAsync(participantId));
    }
}
