using LivingLibrary.Api.Activities.Calendars;

namespace LivingLibrary.Api.ConsolePages.Pages.Me;

/// <summary>
/// The participant's own calendar address (docs/adr/0030, Calendars): their groups' activities in their phone's calendar.
/// Made here (POST /api/participants/{id}/calendar-links), shown once on the page the answer renders, stopped here too.
/// </summary>
public sealed class CalendarModel : MePage
{
    public IReadOnlyList<CalendarLinkView> Links { get; private set; } = [];
    public CalendarAddress? Made { get; private set; }

    private async Task<IActionResult?> LoadAsync()
    {
        if (await LoadMeAsync() is null) return NotFound();
        Links = await GetParticipantCalendarLinksEndpoint.Get(Participant, Query);
        return null;
    }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostMakeAsync()
    {
        if (await LoadMeAsync() is null) return NotFound();
        var answer = await SendFormAsync(HttpMethod.Post, $"/api/participants/{Me}/calendar-links", null);
        if (Refused(answer) is { } refused) return refused;
        Made = answer.Read<CalendarAddress>();
        return await LoadAsync() ?? Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid calendarLinkId)
    {
        var answer = await SendFormAsync(HttpMethod.Post, $"/api/calendar-links/{calendarLinkId}/revoke", null);
        if (Refused(answer) is { } refused) return refused;
        return LocalRedirect($"{Home}/calendar#{Message}");
    }
}
