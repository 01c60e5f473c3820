using LivingLibrary.Api.Cards;
using LivingLibrary.Api.Evaluations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;

namespace LivingLibrary.Api.Activities.Calendars;

/// <summary>
/// A calendar feed at its secret address, without signing in (docs/adr/0030, Calendars): the secret is the credential, in
/// the query (never in a logged path); the organisation is the one the address names, so another's secret is unknown here.
/// An unknown or revoked secret is 404. Limited per client address like the other routes without sign-in.
/// </summary>
public static class GetCalendarFeedEndpoint
{
    [WolverineGet("/api/organisations/{organisationId}/calendar.ics"), Tags("Programme"), AllowAnonymous, CodeIsTheCredential,
     EnableRateLimiting(AnswerCodeLimits.Policy)]
    [EndpointSummary("An iCalendar feed (RFC 5545) at a secret address made by the staff or the participant (key=): what and where, never who")]
    [Produces(CalendarFeed.MediaType), ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests)]
    public static async Task<IResult> Get(string organisationId, string? key, IQuerySession session, CardKeys keys)
    {
        var hash = CalendarSecrets.CanBe(key) ? await keys.HashAsync(key!) : null;
        if (hash is null || await session.Query<CalendarLink>().FirstOrDefaultAsync(l => l.SecretHash == hash && !l.Revoked) is not { } link)
            return Results.Problem(Refusal.NotFound(Thing.CalendarLink).ToProblem());
        var (name, groupIds) = await WhoseAsync(session, link);
        var activities = await session.Query<Activity>().Where(a => a.GroupId.IsOneOf(groupIds)).ToListAsync();
        return await CalendarFeeds.AnswerAsync(session, name, activities);
    }

    private static async Task<(string Name, Guid[] GroupIds)> WhoseAsync(IQuerySession session, CalendarLink link)
    {
        switch (link.Of)
        {
            case FeedOf.Group when await session.LoadAsync<Group>(link.GroupId!.Value) is { } group:
                return (group.Name, [group.Id]);
            case FeedOf.Facilitator:
                var groups = (await session.Query<Group>().ToListAsync()).Where(g => !g.IsClosed && g.IsFacilitatedBy(link.FacilitatorId!)).ToList();
                return (string.Join(", ", groups.Select(g => g.Name).Order()), [.. groups.Select(g => g.Id)]);
            case FeedOf.Participant when await session.LoadAsync<Participant>(link.ParticipantId!.Value) is { HasLeft: false } participant:
                var theirs = await session.LoadManyAsync<Group>(participant.GroupIds);
                return (string.Join(", ", theirs.Select(g => g.Name).Order()), [.. participant.GroupIds]);
            default:
                return ("", []);
        }
    }
}
