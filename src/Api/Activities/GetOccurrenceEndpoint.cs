namespace LivingLibrary.Api.Activities;

/// <summary>One occurrence of an activity, with the activity it is of, who was present, excused or absent, and the day its sheet was signed.</summary>
public sealed record OccurrenceView(Activity Activity, Occurrence Occurrence, IReadOnlyList<Attendee> Attendees, DateOnly? SheetSignedOn = null)
{
    /// <summary>Who signed up for it, when the activity takes sign-ups.</summary>
    public IReadOnlyList<Guid> SignedUp => Activity.SignedUpFor(Occurrence.PlannedFor);
}

public static class GetOccurrenceEndpoint
{
    public static Task<Group?> LoadAsync(Activity activity, IQuerySession session) => session.LoadAsync<Group>(activity.GroupId);

    public static ProblemDetails Validate(Activity activity, Group? group, ClaimsPrincipal user) =>
        Problems.FirstOf(activity.MaySee(group, user.Caller()));

    [WolverineGet("/api/activities/{activityId}/occurrences/{plannedFor}"), Tags("Programme")]
    [EndpointSummary("One occurrence of an activity, named by the day it was planned for, and its attendance")]
    [ProducesResponseType<OccurrenceView>(StatusCodes.Status200OK)]
    public static IResult Get([ReadAggregate("activityId")] Activity activity, string plannedFor) =>
        Occurrences.Find(activity, plannedFor) is { } occurrence
            ? Results.Ok(new OccurrenceView(activity, occurrence, activity.AttendeesOf(occurrence.PlannedFor), activity.SheetSignedOn(occurrence.PlannedFor)))
            : Results.Problem(Refusal.NotFound(Thing.Occurrence).ToProblem());
}

public static class Occurrences
{
    /// <summary>The occurrence planned for a day given in a route (<c>2026-10-06</c>); null when it is no day or none was planned then.</summary>
    public static Occurrence? Find(Activity activity, string plannedFor) =>
        DateOnly.TryParseExact(plannedFor, "yyyy-MM-dd", out var day) ? activity.OccurrenceOf(day) : null;
}
