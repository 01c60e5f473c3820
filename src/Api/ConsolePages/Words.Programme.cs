namespace LivingLibrary.Api.ConsolePages;

/// <summary>The keys of the words of a group's programme and its occurrences (issue 25, programme).</summary>
public static partial class Words
{
    public static readonly Word Programme = new("console.programme");
    public static readonly Word NoOccurrences = new("console.no-occurrences");
    public static readonly Word PreviousMonth = new("console.previous-month");
    public static readonly Word NextMonth = new("console.next-month");
    public static readonly Word ActivityDay = new("console.activity-day");
    public static readonly Word ActivityTimes = new("console.activity-times");
    public static readonly Word ActivityTitle = new("console.activity-title");
    public static readonly Word ActivityKindLabel = new("console.activity-kind-label");
    public static readonly Word ActivityPlace = new("console.activity-place");
    public static readonly Word ActivityPartner = new("console.activity-partner");
    public static readonly Word ActivityHost = new("console.activity-host");
    public static readonly Word ActivityThemes = new("console.activity-themes");
    public static readonly Word ActivityTasks = new("console.activity-tasks");
    public static readonly Word ActivityCapacity = new("console.activity-capacity");
    public static readonly Word ActivitySignUp = new("console.activity-sign-up");
    public static readonly Word ActivityOpen = new("console.activity-open");
    public static readonly Word Starts = new("console.starts");
    public static readonly Word Ends = new("console.ends");
    public static readonly Word Cancelled = new("console.cancelled");
    public static readonly Word MovedFrom = new("console.moved-from");
    public static readonly Word PlanActivity = new("console.plan-activity");
    public static readonly Word PlanActivityButton = new("console.plan-activity-button");
    public static readonly Word RepeatsLabel = new("console.repeats-label");
    public static readonly Word RepeatsOnce = new("console.repeats-once");
    public static readonly Word RepeatsEvery = new("console.repeats-every");
    public static readonly Word RepeatsUntil = new("console.repeats-until");
    public static readonly Word RepeatsHolidays = new("console.repeats-holidays");
    public static readonly Word Occurrence = new("console.occurrence");
    public static readonly Word MoveOccurrence = new("console.move-occurrence");
    public static readonly Word MoveOccurrenceButton = new("console.move-occurrence-button");
    public static readonly Word CancelOccurrence = new("console.cancel-occurrence");
    public static readonly Word CancelOccurrenceButton = new("console.cancel-occurrence-button");
    public static readonly Word CancelReason = new("console.cancel-reason");
    public static readonly Word SignUps = new("console.sign-ups");
    public static readonly Word NoSignUps = new("console.no-sign-ups");
    public static readonly Word SignUpParticipant = new("console.sign-up-participant");
    public static readonly Word SignUpButton = new("console.sign-up-button");
    public static readonly Word WithdrawSignUpButton = new("console.withdraw-sign-up-button");
    public static readonly Word TakeAttendance = new("console.take-attendance");
    public static readonly Word InTheGroupsRoom = new("console.in-the-groups-room");


    public static Word FrequencyName(Frequency every) => new($"console.frequency.{Choices.Name(every)}");

    public static readonly Word WholeSeries = new("console.whole-series");
    public static readonly Word AddHolidays = new("console.add-holidays");
    public static readonly Word AddHolidaysButton = new("console.add-holidays-button");
    public static readonly Word EndSeries = new("console.end-series");
    public static readonly Word EndSeriesLastDay = new("console.end-series-last-day");
    public static readonly Word EndSeriesButton = new("console.end-series-button");
}
