namespace LivingLibrary.Api.ConsolePages;

/// <summary>The words of calendar addresses and of the organisation's public programme (docs/adr/0030, Calendars).</summary>
public static partial class Words
{
    public static readonly Word CalendarTitle = new("console.calendar-title");
    public static readonly Word CalendarExplained = new("console.calendar-explained");
    public static readonly Word CalendarMade = new("console.calendar-made");
    public static readonly Word CalendarShownOnce = new("console.calendar-shown-once");
    public static readonly Word CalendarMadeBefore = new("console.calendar-made-before");
    public static readonly Word CalendarAddress = new("console.calendar-address");
    public static readonly Word CalendarCopy = new("console.calendar-copy");
    public static readonly Word CalendarNone = new("console.calendar-none");
    public static readonly Word CalendarOfGroup = new("console.calendar-of-group");
    public static readonly Word CalendarOfMine = new("console.calendar-of-mine");
    public static readonly Word CalendarRevoke = new("console.calendar-revoke");
    public static readonly Word CalendarMakeGroup = new("console.calendar-make-group");
    public static readonly Word CalendarMakeMine = new("console.calendar-make-mine");
    public static readonly Word PublicProgrammeTitle = new("console.public-programme-title");
    public static readonly Word PublicProgrammeNone = new("console.public-programme-none");
    public static readonly Word PublicProgrammeFeed = new("console.public-programme-feed");
    public static readonly Word PublicProgrammeCancelled = new("console.public-programme-cancelled");
    public static readonly Word MeCalendar = new("console.me-calendar");
    public static readonly Word MeCalendarExplained = new("console.me-calendar-explained");
    public static readonly Word MeCalendarMake = new("console.me-calendar-make");
    public static readonly Word MeCalendarCopy = new("console.me-calendar-copy");
    public static readonly Word MeCalendarStop = new("console.me-calendar-stop");
    public static readonly Word MeCalendarStopButton = new("console.me-calendar-stop-button");
}
