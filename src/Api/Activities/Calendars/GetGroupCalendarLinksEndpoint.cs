namespace LivingLibrary.Api.Activities.Calendars;

public static class GetGroupCalendarLinksEndpoint
{
    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MaySee(user.Caller()));

    [WolverineGet("/api/groups/{groupId}/calendar-links"), Tags("Programme")]
    [EndpointSummary("The group's calendar addresses not revoked, and the caller's own (every group they run): whose they are, never their secret")]
    [ProducesResponseType<IReadOnlyList<CalendarLinkView>>(StatusCodes.Status200OK)]
    public static async Task<IReadOnlyList<CalendarLinkView>> Get([ReadAggregate("groupId")] Group group, ClaimsPrincipal user, IQuerySession session)
    {
        var userId = user.Caller().UserId;
        var links = await session.Query<CalendarLink>()
            .Where(l => !l.Revoked && (l.GroupId == group.Id || (l.Of == FeedOf.Facilitator && l.FacilitatorId == userId))).ToListAsync();
        return [.. links.OrderBy(l => l.Of).ThenBy(l => l.Id).Select(CalendarLinkView.From)];
    }
}
