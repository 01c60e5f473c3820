using LivingLibrary.Api.PublicDirectory;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;

namespace LivingLibrary.Api.Activities.Calendars;

/// <summary>An occurrence of an open activity as anyone may read it: what, when, where, of which group; never who.</summary>
public sealed record PublicProgrammeEntry(Guid ActivityId, DateOnly PlannedFor, DateOnly On, TimeOnly? Starts, TimeOnly? Ends, ActivityKind Kind,
    string Title, string? Where, string Group, bool Cancelled);

/// <summary>
/// The organisation's public programme: its open activities (<see cref="ActivityPlanned.Open"/>), to anyone, without signing
/// in; the organisation is the one the address names. Limited per client address like the other routes without sign-in.
/// </summary>
public static class GetPublicProgrammeEndpoint
{
    /// <summary>An address naming no organisation (none of its groups is here) is 404; one with groups and nothing open, an empty programme.</summary>
    public static async Task<ProblemDetails> ValidateAsync(IQuerySession session) =>
        Problems.FirstOf(await session.Query<Group>().AnyAsync() ? null : Refusal.NotFound(Thing.Resource));

    [WolverineGet("/api/organisations/{organisationId}/programme"), Tags("Programme"), AllowAnonymous, Public,
     EnableRateLimiting(DirectoryLimits.Policy)]
    [EndpointSummary("The organisation's public programme between two days (by default the coming three months): its open activities, without signing in")]
    [ProducesResponseType<IReadOnlyList<PublicProgrammeEntry>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests)]
    public static async Task<IResult> Get(string organisationId, DateOnly? from, DateOnly? to, IQuerySession session, TimeProvider clock)
    {
        var today = clock.Today();
        var (first, last) = (from ?? today, to ?? (from ?? today).AddMonths(3));
        if (ActivityRules.Period(first, last, today) is { } refused) return Results.Problem(refused.ToProblem());
        var activities = await session.Query<Activity>().Where(a => a.Open).ToListAsync();
        var groups = (await session.LoadManyAsync<Group>(activities.Select(a => a.GroupId).Distinct())).ToDictionary(g => g.Id);
        var partners = (await session.LoadManyAsync<Partner>(activities.Select(a => a.PartnerId).OfType<Guid>().Distinct())).ToDictionary(p => p.Id);
        var byId = activities.ToDictionary(a => a.Id);
        return Results.Ok(Programme.Of(activities, first, last).Select(e => (Entry: e, Activity: byId[e.Occurrence.ActivityId]))
            .Select(x => new PublicProgrammeEntry(x.Activity.Id, x.Entry.Occurrence.PlannedFor, x.Entry.Occurrence.On, x.Entry.Occurrence.Starts,
                x.Entry.Occurrence.Ends, x.Entry.Kind, x.Entry.Title, x.Entry.Occurrence.Place ?? CalendarFeeds.Where(x.Activity, groups, partners),
                groups.GetValueOrDefault(x.Activity.GroupId)?.Name ?? "", x.Entry.Occurrence.Cancelled)).ToList());
    }

    [WolverineGet("/api/organisations/{organisationId}/programme.ics"), Tags("Programme"), AllowAnonymous, Public,
     EnableRateLimiting(DirectoryLimits.Policy)]
    [EndpointSummary("The organisation's public programme as an iCalendar feed (RFC 5545): its open activities, without signing in")]
    [Produces(CalendarFeed.MediaType), ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests)]
    public static async Task<IResult> GetFeed(string organisationId, IQuerySession session) =>
        await CalendarFeeds.AnswerAsync(session, "Programme", await session.Query<Activity>().Where(a => a.Open).ToListAsync());
}
