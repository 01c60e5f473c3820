using LivingLibrary.Api.ExchangeSessions;
using LivingLibrary.Api.Participants;
using LivingLibrary.Domain.ExchangeSessions;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// A group's exchange sessions (GET /api/groups/{id}/exchange-sessions) and recording one with who came, ticked on the
/// group's list (POST, sent through the API).
/// </summary>
public sealed class GroupSessionsModel : CasePage
{
    public Group Group { get; private set; } = null!;
    public IReadOnlyList<ExchangeSession> Sessions { get; private set; } = [];
    public IReadOnlyList<Participant> Participants { get; private set; } = [];

    private async Task<IActionResult?> LoadAsync(Guid groupId)
    {
        if (await VisibleGroupAsync(groupId) is not { } group) return NotFound();
        Group = group;
        Sessions = await GetGroupExchangeSessionsEndpoint.Get(group, Query);
        Participants = await GetGroupParticipantsEndpoint.Get(group, Query);
        return null;
    }

    public async Task<IActionResult> OnGetAsync(Guid groupId) => await LoadAsync(groupId) ?? Page();

    /// <summary>POST /api/groups/{id}/exchange-sessions; the session recorded is shown, or this page again with the refusal.</summary>
    public async Task<IActionResult> OnPostAsync(Guid groupId)
    {
        var command = new HoldExchangeSession(Request.Date("on"), [.. Request.All("attendeeIds").Select(id => Guid.TryParse(id, out var g) ? g : Guid.Empty)],
            Request.Text("theme"));
        var sent = await SendAsync($"/api/groups/{groupId}/exchange-sessions", command,
            answer => $"{ConsoleSetup.Prefix}/exchange-sessions/{answer.Read<CreatedId>().Id}?saved=true#message");
        return await ShownWith(sent, () => LoadAsync(groupId));
    }
}

/// <summary>What the attendance checkboxes show (_Attendance): the people to tick and who is ticked.</summary>
public sealed record AttendanceList(ConsolePage Page, IReadOnlyList<Participant> People, IReadOnlyList<string> Ticked);
