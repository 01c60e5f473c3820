using LivingLibrary.Api.Activities.Calendars;

namespace LivingLibrary.Api.ConsolePages.Pages.Programme;

/// <summary>
/// A group's calendar addresses (docs/adr/0030, Calendars): made here (POST /api/groups/{id}/calendar-links), the page
/// rendered from the answer, the only place the address is ever shown; listed and revoked here too.
/// </summary>
public sealed class CalendarModel : CasePage
{
    public Group Group { get; private set; } = null!;
    public IReadOnlyList<CalendarLinkView> Links { get; private set; } = [];

    /// <summary>The address just made; without it when the form was sent again (it is shown once).</summary>
    public CalendarAddress? Made { get; private set; }

    private async Task<IActionResult?> LoadAsync(Guid groupId)
    {
        if (await VisibleGroupAsync(groupId) is not { } group) return NotFound();
        Group = group;
        Links = await GetGroupCalendarLinksEndpoint.Get(group, User, Query);
        return null;
    }

    public async Task<IActionResult> OnGetAsync(Guid groupId) => await LoadAsync(groupId) ?? Page();

    public async Task<IActionResult> OnPostMakeAsync(Guid groupId)
    {
        var answer = await SendFormAsync(HttpMethod.Post, $"/api/groups/{groupId}/calendar-links",
            new CreateCalendarLink(Enum.TryParse<FeedOf>(Request.Text("of"), true, out var of) ? of : null));
        if (Refused(answer) is { } refused) return await LoadAsync(groupId) ?? refused;
        Made = answer.Read<CalendarAddress>();
        return await LoadAsync(groupId) ?? Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid groupId, Guid calendarLinkId)
    {
        var sent = await SendAsync($"/api/calendar-links/{calendarLinkId}/revoke", null,
            _ => $"{ConsoleSetup.Prefix}/groups/{groupId}/calendar?revoked=true");
        return await ShownWith(sent, () => LoadAsync(groupId));
    }
}
