using LivingLibrary.Api.ExchangeSessions;
using LivingLibrary.Api.Participants;
using LivingLibrary.Domain.ExchangeSessions;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// An exchange session (GET /api/exchange-sessions/{id}: who came, the cases brought and what the group found), and who
/// came corrected in one go (POST /api/exchange-sessions/{id}/attendance, sent through the API).
/// </summary>
public sealed class ExchangeSessionModel : CasePage
{
    public ExchangeSessionView View { get; private set; } = null!;
    public ExchangeSession Session => View.Session;
    public Group Group { get; private set; } = null!;
    public IReadOnlyList<Participant> Participants { get; private set; } = [];
    public bool Saved { get; private set; }

    private async Task<IActionResult?> LoadAsync(Guid sessionId)
    {
        if (await Query.LoadAsync<ExchangeSession>(sessionId) is not { } session || await VisibleGroupAsync(session.GroupId) is not { } group)
            return NotFound();
        Group = group;
        View = await GetExchangeSessionEndpoint.Get(session, Query, Response);
        Participants = await GetGroupParticipantsEndpoint.Get(group, Query, includeLeft: true);
        await LoadListsAsync();
        return null;
    }

    public async Task<IActionResult> OnGetAsync(Guid sessionId, bool saved)
    {
        Saved = saved;
        return await LoadAsync(sessionId) ?? Page();
    }

    /// <summary>The group's participants now, and anyone who came then and has left since (shown, ticked).</summary>
    public IReadOnlyList<Participant> Ticklist => [.. Participants.Where(p => !p.HasLeft || Session.AttendeeIds.Contains(p.Id))];

    public string NameOf(Guid participantId) => Participants.FirstOrDefault(p => p.Id == participantId)?.Person.DisplayName ?? "";

    /// <summary>POST /api/exchange-sessions/{id}/attendance: the whole list of who came.</summary>
    public async Task<IActionResult> OnPostAsync(Guid sessionId)
    {
        var command = new RecordAttendance([.. Request.All("attendeeIds").Select(id => Guid.TryParse(id, out var g) ? g : Guid.Empty)]);
        var sent = await SendAsync($"/api/exchange-sessions/{sessionId}/attendance", command,
            _ => $"{ConsoleSetup.Prefix}/exchange-sessions/{sessionId}?saved=true#message");
        return await ShownWith(sent, () => LoadAsync(sessionId));
    }
}
