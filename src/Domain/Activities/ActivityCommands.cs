using System.ComponentModel.DataAnnotations;
using LivingLibrary.Domain.Competences;

namespace LivingLibrary.Domain.Activities;

/// <summary>How a series repeats: every week or month (the same weekday of the month: the 2nd Tuesday), until a day, less some days.</summary>
public sealed record Repeats([Required] Frequency? Every, int? Interval, [Required] DateOnly? Until, IReadOnlyList<DateOnly>? Except)
{
    /// <summary>The RFC 5545 rule from the first day: a monthly series keeps the first day's weekday and its rank (the last, if fifth).</summary>
    public Recurrence Recurrence(DateOnly first)
    {
        var rank = (first.Day - 1) / 7 + 1;
        var day = first.DayOfWeek.ToString()[..2].ToUpperInvariant();
        var rule = Every == Frequency.Weekly
            ? $"FREQ=WEEKLY;INTERVAL={Interval ?? 1};UNTIL={Until:yyyyMMdd}"
            : $"FREQ=MONTHLY;INTERVAL={Interval ?? 1};BYDAY={(rank == 5 ? -1 : rank)}{day};UNTIL={Until:yyyyMMdd}";
        return new(rule, [.. (Except ?? []).Distinct().Order()]);
    }
}

/// <summary>
/// A facilitator plans an activity of their group: one occurrence, or a series when <c>Repeats</c> is given. The place is
/// the group's room (free text, else the group's place) or a partner of the directory (a visit to a public digital space).
/// </summary>
public sealed record PlanActivity(
    [Required] ActivityKind? Kind,
    [Required] string? Title,
    [Required] DateOnly? On,
    [Required] TimeOnly? Starts,
    [Required] TimeOnly? Ends,
    string? Place,
    Guid? PartnerId,
    string? Host,
    IReadOnlyList<string>? Themes,
    IReadOnlyList<string>? Tasks,
    int? Capacity,
    bool? SignUp,
    bool? Open,
    Repeats? Repeats)
{
    public Refusal? Check(SkillCatalogue skills, DateOnly today) =>
        new Fields()
            .Choice("kind", Kind)
            .Text("title", Title, ActivityRules.TitleMax)
            .Planned("on", On, today, required: true)
            .Times("starts", "ends", Starts, Ends)
            .Details(Place, PartnerId, Host, Themes, Tasks, Capacity, skills)
            .Series(Repeats, On, today)
            .Refusal();

    /// <param name="partner">The partner named, if any, as this organisation's directory has it (null when it has none such).</param>
    public Decision Decide(Guid activityId, Group group, bool partnerKnown, SkillCatalogue skills, DateOnly today) =>
        Refusals.FirstOf(
            Check(skills, today),
            PartnerId is not null && !partnerKnown ? Refusal.NotFound(Thing.Partner) : null,
            group.IsOpen())
        ?? Decision.Append(new ActivityPlanned(activityId, group.Id, Kind!.Value, Title!.Trim(), On!.Value, Starts!.Value, Ends!.Value,
            Fields.Blank(Place)?.Trim(), PartnerId, Fields.Blank(Host)?.Trim(), [.. (Themes ?? []).Distinct()], [.. (Tasks ?? []).Distinct()],
            Capacity, SignUp ?? false, Open ?? false, Repeats?.Recurrence(On.Value)));
}

public static class ActivityRules
{
    public const int TitleMax = 120;
    public const int PlaceMax = 200;
    public const int HostMax = 120;
    public const int MaxCodes = 12;
    public const int CapacityMax = 500;
    public const int MaxExceptions = 60;
    /// <summary>A series spans two years at most: a group's programme is planned year by year.</summary>
    public const int SeriesYears = 2;
    /// <summary>The longest period a programme or its figures are asked for at once.</summary>
    public const int PeriodDays = 400;

    /// <summary>An activity is the group's: whoever may see or run the group may see or run it.</summary>
    public static Refusal? MaySee(this Activity? activity, Group? group, Caller caller) =>
        activity is null || group is null || group.MaySee(caller) is not null ? Refusal.NotFound(Thing.Activity) : null;

    internal static Fields Times(this Fields fields, string startsField, string endsField, TimeOnly? starts, TimeOnly? ends) =>
        fields
            .Check(startsField, starts is not null, Says.Required)
            .Check(endsField, ends is not null, Says.Required)
            .Check(endsField, starts is null || ends is null || ends > starts, Says.EndsAfterStarts);

    /// <summary>What planning and changing an activity check alike: where, who hosts, what it works on, how many may come.</summary>
    internal static Fields Details(this Fields fields, string? place, Guid? partnerId, string? host, IReadOnlyList<string>? themes,
        IReadOnlyList<string>? tasks, int? capacity, SkillCatalogue skills) =>
        fields
            .Text("place", place, PlaceMax, required: false)
            .Check("place", Fields.Blank(place) is null || partnerId is null, Says.PlaceOrPartner)
            .Text("host", host, HostMax, required: false)
            .Check("themes", themes is null || themes.Count <= MaxCodes, Says.AtMost(MaxCodes))
            .Check("themes", themes is null || themes.All(DigComp.IsCompetence), Says.NotCompetences)
            .Check("tasks", tasks is null || tasks.Count <= MaxCodes, Says.AtMost(MaxCodes))
            .Check("tasks", tasks is null || tasks.All(t => skills.FindTask(t) is not null), Says.UnknownTask)
            .Check("capacity", capacity is null or (>= 1 and <= CapacityMax), Says.FromTo(1, CapacityMax));

    internal static Fields Series(this Fields fields, Repeats? repeats, DateOnly? first, DateOnly today)
    {
        if (repeats is null) return fields;
        fields.Choice("repeats.every", repeats.Every)
            .Check("repeats.interval", repeats.Interval is null or (>= 1 and <= 4), Says.FromTo(1, 4))
            .Planned("repeats.until", repeats.Until, today, required: true)
            .Check("repeats.except", repeats.Except is null || repeats.Except.Count <= MaxExceptions, Says.AtMost(MaxExceptions));
        if (first is not { } on || repeats.Until is not { } until) return fields;
        return fields
            .Check("repeats.until", until > on && until <= on.AddYears(SeriesYears), Says.UntilAfterFirstDay)
            .Check("repeats.except", repeats.Except is null || repeats.Except.All(d => d >= on && d <= until), Says.ExceptWithinSeries);
    }

    /// <summary>A period asked for: both days plausible, in order, not longer than <see cref="PeriodDays"/>.</summary>
    public static Refusal? Period(DateOnly from, DateOnly to, DateOnly today) =>
        new Fields()
            .Planned("from", from, today)
            .Planned("to", to, today)
            .Check("to", to >= from, Says.NotBefore("from"))
            .Check("to", to.DayNumber - from.DayNumber <= PeriodDays, Says.PeriodDaysAtMost(PeriodDays))
            .Refusal();
}
