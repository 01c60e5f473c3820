using LivingLibrary.Api.Cards;

namespace LivingLibrary.Api.Activities.Calendars;

public static class CreateGroupCalendarLinkEndpoint
{
    [WolverinePost("/api/groups/{groupId}/calendar-links"), Tags("Programme"), ShownOnce("address")]
    [EndpointSummary("Make a secret calendar address: the group's activities (of: group), or every group the facilitator runs (of: facilitator)")]
    [EndpointDescription("The address (an iCalendar feed, RFC 5545) is in this answer only: only its secret's hash is kept. Revoke it to close it.")]
    [ProducesResponseType<CalendarAddress>(StatusCodes.Status201Created)]
    public static async Task<(IResult, IMartenOp)> Post(CreateCalendarLink command, [ReadAggregate("groupId")] Group group, ClaimsPrincipal user,
        CardKeys keys, HttpRequest request)
    {
        var (linkId, secret, caller) = (Guid.CreateVersion7(), CalendarSecrets.New(), user.Caller());
        var decision = command.Decide(linkId, group, caller, await keys.HashAsync(secret));
        return CalendarSecrets.Start(decision, linkId, command.Of ?? FeedOf.Group, CalendarSecrets.Address(request, caller.OrganisationId, secret));
    }
}
