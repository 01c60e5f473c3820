namespace LivingLibrary.Api.ConsolePages;

/// <summary>The words of a group's hours and attendance.</summary>
public static partial class Words
{
    public static readonly Word HoursTitle = new("console.hours-title");
    public static readonly Word HoursHelp = new("console.hours-help");
    public static readonly Word HoursFrom = new("console.hours-from");
    public static readonly Word HoursTo = new("console.hours-to");
    public static readonly Word HoursShow = new("console.hours-show");
    public static readonly Word HoursHeld = new("console.hours-held");
    public static readonly Word HoursCancelled = new("console.hours-cancelled");
    public static readonly Word HoursWithAttendance = new("console.hours-with-attendance");
    public static readonly Word HoursDelivered = new("console.hours-delivered");
    public static readonly Word HoursParticipantHours = new("console.hours-participant-hours");
    public static readonly Word HoursRate = new("console.hours-rate");
    public static readonly Word HoursRateHelp = new("console.hours-rate-help");
    public static readonly Word HoursByKind = new("console.hours-by-kind");
    public static readonly Word HoursByTheme = new("console.hours-by-theme");
    public static readonly Word HoursThemesOverlap = new("console.hours-themes-overlap");
    public static readonly Word HoursKind = new("console.hours-kind");
    public static readonly Word HoursTheme = new("console.hours-theme");
    public static readonly Word HoursOccurrences = new("console.hours-occurrences");
    public static readonly Word HoursHours = new("console.hours-hours");
    public static readonly Word HoursEachPerson = new("console.hours-each-person");
    public static Word HoursCameOf(int present, int of) => new("console.hours-came-of", new { present, of });
    public static readonly Word HoursNone = new("console.hours-none");

    /// <summary>"You came to 18 of 24 workshops", in the participant's easy words (docs/adr/0026).</summary>
    public static Word MeProgressCame(ActivityKind kind, int present, int of) => new($"console.me-progress-came.{Choices.Name(kind)}", new { present, of });

    public static readonly Word ProgressCame = new("console.progress-came");

    /// <summary>"workshops held", "exchange sessions held"…: a kind of activity as the funder report's rows count it.</summary>
    public static Word ReportKindHeld(ActivityKind kind) => kind == ActivityKind.ExchangeSession
        ? new("report.exchange-sessions-held") : new($"report.activity-kind-held.{Choices.Name(kind)}");

    /// <summary>A kind of activity, as the console and the funder report name it.</summary>
    public static Word ActivityKindName(ActivityKind kind) => new($"activity-kind.{Choices.Name(kind)}");
}
