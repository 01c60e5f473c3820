using System.ComponentModel.DataAnnotations;
using Regex = System.Text.RegularExpressions.Regex;
using GeneratedRegex = System.Text.RegularExpressions.GeneratedRegexAttribute;

namespace LivingLibrary.Domain.Activities;

/// <summary>One occurrence takes place on another day, at other times, or elsewhere (its name stays the day it was planned for).</summary>
public sealed record MoveOccurrence([Required] DateOnly? On, [Required] TimeOnly? Starts, [Required] TimeOnly? Ends, string? Place)
{
    public Decision Decide(Activity activity, DateOnly? plannedFor, Group group, DateOnly today)
    {
        if (activity.Find(plannedFor) is not { } occurrence) return Refusal.NotFound(Thing.Occurrence);
        var place = Fields.Blank(Place)?.Trim();
        return Refusals.FirstOf(
                new Fields().Planned("on", On, today, required: true).Times("starts", "ends", Starts, Ends)
                    .Text("place", Place, ActivityRules.PlaceMax, required: false).Refusal(),
                group.IsOpen(),
                occurrence.Cancelled ? Refusal.Conflict(Says.OccurrenceCancelled) : null)
            ?? (occurrence.On == On && occurrence.Starts == Starts && occurrence.Ends == Ends && (place ?? activity.Place) == occurrence.Place
                ? Decision.Nothing
                : Decision.Append(new OccurrenceMoved(activity.Id, occurrence.PlannedFor, On!.Value, Starts!.Value, Ends!.Value, place)));
    }
}

/// <summary>One occurrence does not take place; it stays in the programme, struck out. Cancelling it again changes nothing.</summary>
public sealed record CancelOccurrence(string? Reason)
{
    public Decision Decide(Activity activity, DateOnly? plannedFor, Group group)
    {
        if (activity.Find(plannedFor) is not { } occurrence) return Refusal.NotFound(Thing.Occurrence);
        return Refusals.FirstOf(
                new Fields().Text("reason", Reason, ProgrammeRules.ReasonMax, required: false).Refusal(),
                group.IsOpen(),
                activity.NoAttendance(occurrence.PlannedFor))
            ?? (occurrence.Cancelled ? Decision.Nothing : Decision.Append(new OccurrenceCancelled(activity.Id, occurrence.PlannedFor, Fields.Blank(Reason)?.Trim())));
    }
}

/// <summary>
/// What an activity is, where, who hosts it, what it works on and how many may come, all given again (the form shows the
/// current ones). Lowering the capacity below the people signed up keeps them; it refuses only new sign-ups.
/// </summary>
public sealed record ChangeActivity(
    [Required] ActivityKind? Kind,
    [Required] string? Title,
    string? Place,
    Guid? PartnerId,
    string? Host,
    IReadOnlyList<string>? Themes,
    IReadOnlyList<string>? Tasks,
    int? Capacity,
    bool? SignUp,
    bool? Open)
{
    public Decision Decide(Activity activity, Group group, bool partnerKnown, SkillCatalogue skills)
    {
        var changed = new ActivityChanged(activity.Id, Kind ?? default, Title?.Trim() ?? "", Fields.Blank(Place)?.Trim(), PartnerId,
            Fields.Blank(Host)?.Trim(), [.. (Themes ?? []).Distinct()], [.. (Tasks ?? []).Distinct()], Capacity, SignUp ?? false, Open ?? false);
        return Refusals.FirstOf(
                new Fields().Choice("kind", Kind).Text("title", Title, ActivityRules.TitleMax)
                    .Details(Place, PartnerId, Host, Themes, Tasks, Capacity, skills).Refusal(),
                PartnerId is not null && PartnerId != activity.PartnerId && !partnerKnown ? Refusal.NotFound(Thing.Partner) : null,
                group.IsOpen())
            ?? (changed.Describes(activity) ? Decision.Nothing : Decision.Append(changed));
    }
}

/// <summary>The series takes place at other times from a day on; the occurrences planned before it keep theirs.</summary>
public sealed record ChangeTimes([Required] DateOnly? From, [Required] TimeOnly? Starts, [Required] TimeOnly? Ends)
{
    public Decision Decide(Activity activity, Group group, DateOnly today) =>
        Refusals.FirstOf(
            new Fields().Planned("from", From, today, required: true)
                .Check("from", From is null || From >= activity.On, Says.NotBeforeDay(activity.On))
                .Times("starts", "ends", Starts, Ends).Refusal(),
            group.IsOpen())
        ?? (activity.TimesOn(From!.Value) == (Starts, Ends) && activity.Retimed.All(t => t.From <= From)
            ? Decision.Nothing
            : Decision.Append(new ActivityTimesChanged(activity.Id, From.Value, Starts!.Value, Ends!.Value)));
}

/// <summary>A series ends earlier than planned: its last occurrence is the last one on or before <c>LastDay</c>.</summary>
public sealed record EndSeries([Required] DateOnly? LastDay)
{
    public Decision Decide(Activity activity, Group group, DateOnly today)
    {
        if (Refusals.FirstOf(new Fields().Planned("lastDay", LastDay, today, required: true).Refusal(),
                activity.Recurrence is null ? Refusal.Conflict(Says.NotASeries) : null) is { } refused)
            return refused;
        var until = activity.Recurrence!.Until();
        return Refusals.FirstOf(
                new Fields().Check("lastDay", LastDay >= activity.On && LastDay <= until, Says.WithinSeries(activity.On, until)).Refusal(),
                group.IsOpen(),
                Refusals.FirstOf([.. activity.Attendance.Where(a => a.PlannedFor > LastDay).Select(a => activity.NoAttendance(a.PlannedFor))]))
            ?? (LastDay == until ? Decision.Nothing : Decision.Append(new SeriesEnded(activity.Id, LastDay!.Value)));
    }
}

/// <summary>Days a series will not take place after all (holiday weeks found after planning); days already left out are no change.</summary>
public sealed record AddHolidays([Required] IReadOnlyList<DateOnly>? Days)
{
    public Decision Decide(Activity activity, Group group, DateOnly today)
    {
        var days = (Days ?? []).Distinct().Order().ToList();
        if (Refusals.FirstOf(new Fields().Check("days", days.Count > 0, Says.AtLeastOne)
                    .Check("days", days.All(d => Dates.IsPlausible(d, today)), Dates.NotPlausible(today)).Refusal(),
                activity.Recurrence is null ? Refusal.Conflict(Says.NotASeries) : null) is { } refused)
            return refused;
        var recurrence = activity.Recurrence!;
        var added = days.Where(d => !recurrence.Except.Contains(d)).ToList();
        return Refusals.FirstOf(
                new Fields()
                    .Check("days", recurrence.Except.Count + added.Count <= ActivityRules.MaxExceptions, Says.AtMost(ActivityRules.MaxExceptions))
                    .Check("days", added.All(activity.HasOccurrence), Says.NotADayOfTheSeries).Refusal(),
                group.IsOpen(),
                Refusals.FirstOf([.. added.Select(activity.NoAttendance)]))
            ?? (added.Count == 0 ? Decision.Nothing : Decision.Append(new HolidaysAdded(activity.Id, added)));
    }
}

/// <summary>
/// A participant signs up for an occurrence of an activity that takes sign-ups (themself, or staff for them: one path,
/// docs/adr/0026). The capacity, when there is one, is enforced; signing up again changes nothing.
/// </summary>
public sealed record SignUpForOccurrence([Required] Guid? ParticipantId)
{
    /// <param name="participant">The participant named, as the organisation has them; null when none such.</param>
    public Decision Decide(Activity activity, DateOnly? plannedFor, Participant? participant, Group group)
    {
        if (activity.Find(plannedFor) is not { } occurrence) return Refusal.NotFound(Thing.Occurrence);
        if (ProgrammeRules.Named(ParticipantId) is { } unnamed) return unnamed;
        if (participant is null || participant.GroupId != activity.GroupId) return Refusal.NotFound(Thing.Participant);
        var signedUp = activity.SignedUpFor(occurrence.PlannedFor);
        if (signedUp.Contains(participant.Id)) return Decision.Nothing;
        return Refusals.FirstOf(
                group.IsOpen(),
                activity.SignUp ? null : Refusal.Conflict(Says.NoSignUp),
                occurrence.Cancelled ? Refusal.Conflict(Says.OccurrenceCancelled) : null,
                participant.IsActive(),
                participant.IsConsenting(),
                activity.Capacity is { } places && signedUp.Count >= places ? Refusal.Conflict(Says.OccurrenceFull(places)) : null)
            ?? Decision.Append(new SignedUp(activity.Id, occurrence.PlannedFor, participant.Id));
    }
}

/// <summary>A participant no longer comes to an occurrence they had signed up for; someone not signed up is no change.</summary>
public sealed record WithdrawSignUp([Required] Guid? ParticipantId)
{
    public Decision Decide(Activity activity, DateOnly? plannedFor) =>
        activity.Find(plannedFor) is not { } occurrence ? Refusal.NotFound(Thing.Occurrence)
        : ProgrammeRules.Named(ParticipantId) is { } unnamed ? unnamed
        : ParticipantId is { } id && activity.SignedUpFor(occurrence.PlannedFor).Contains(id)
            ? Decision.Append(new SignUpWithdrawn(activity.Id, occurrence.PlannedFor, id))
            : Decision.Nothing;
}

public static partial class ProgrammeRules
{
    public const int ReasonMax = 200;

    /// <summary>Who signs up or withdraws must be named.</summary>
    internal static Refusal? Named(Guid? participantId) => new Fields().Check("participantId", participantId is not null, Says.Required).Refusal();

    /// <summary>Whether the activity has these details already (a form sent again unchanged).</summary>
    public static bool Describes(this ActivityChanged c, Activity a) =>
        (c.Kind, c.Title, c.Place, c.PartnerId, c.Host, c.Capacity, c.SignUp, c.Open) == (a.Kind, a.Title, a.Place, a.PartnerId, a.Host, a.Capacity, a.SignUp, a.Open)
        && c.Themes.SequenceEqual(a.Themes) && c.Tasks.SequenceEqual(a.Tasks);

    /// <summary>The occurrence planned for a day, if the day is given and one was planned then.</summary>
    public static Occurrence? Find(this Activity activity, DateOnly? plannedFor) => plannedFor is { } day ? activity.OccurrenceOf(day) : null;

    /// <summary>An occurrence whose attendance was taken took place: it is not cancelled nor left out afterwards.</summary>
    public static Refusal? NoAttendance(this Activity activity, DateOnly plannedFor) =>
        activity.AttendeesOf(plannedFor).Count > 0 ? Refusal.Conflict(Says.AttendanceTakenOn(plannedFor)) : null;

    /// <summary>The last day of a series, as its rule says (<c>UNTIL=20270629</c>).</summary>
    public static DateOnly Until(this Recurrence recurrence) =>
        DateOnly.ParseExact(UntilPart().Match(recurrence.Rule).Groups[1].Value, "yyyyMMdd");

    /// <summary>The same rule ending on another day: the calendar feed carries the rule as is.</summary>
    public static Recurrence EndingOn(this Recurrence recurrence, DateOnly lastDay) =>
        recurrence with { Rule = UntilPart().Replace(recurrence.Rule, $"UNTIL={lastDay:yyyyMMdd}"), Except = [.. recurrence.Except.Where(d => d <= lastDay)] };

    [GeneratedRegex("UNTIL=([0-9]{8})")]
    private static partial Regex UntilPart();
}
