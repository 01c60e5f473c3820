namespace LivingLibrary.Api.ConsolePages;

/// <summary>The words of what every page shares: dates typed, the timeline, the error pages.</summary>
public static partial class Words
{
    public static readonly Word DateExpected = new("console.date-expected");
    public static readonly Word TimelineRecorded = new("console.timeline-recorded");

    public static readonly Word ErrorNotFound = new("console.error-not-found");
    public static readonly Word ErrorNotFoundHelp = new("console.error-not-found-help");
    public static readonly Word ErrorForbidden = new("console.error-forbidden");
    public static readonly Word ErrorForbiddenHelp = new("console.error-forbidden-help");
    public static readonly Word ErrorConflict = new("console.error-conflict");
    public static readonly Word ErrorConflictHelp = new("console.error-conflict-help");
    public static readonly Word ErrorFailed = new("console.error-failed");
    public static readonly Word ErrorFailedHelp = new("console.error-failed-help");
    public static readonly Word BackToPrevious = new("console.back-to-previous");
    public static readonly Word BackToMyGroups = new("console.back-to-my-groups");
}
