namespace LivingLibrary.Api.Activities.Calendars;

public static class RevokeCalendarLinkEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(CalendarLink link, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MaySeeAsync(link, user));

    [WolverinePost("/api/calendar-links/{calendarLinkId}/revoke"), Tags("Programme"), ForCallers(CallerKinds.OrganisationStaff | CallerKinds.Participant)]
    [EndpointSummary("Revoke a calendar address: its feed answers 404 from now on (a group's, by its staff; a facilitator's, by them; a participant's, by them or their staff)")]
    public static (Reply<CalendarLink>, Events) Post([WriteAggregate("calendarLinkId")] CalendarLink link) =>
        RevokeCalendarLink.Decide(link).Reply<CalendarLink>();
}
