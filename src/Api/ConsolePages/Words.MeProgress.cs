namespace LivingLibrary.Api.ConsolePages;

/// <summary>The words of a participant's progress and of their data (docs/adr/0026): easy to read, in fr, nl and en.</summary>
public static partial class Words
{
    public static readonly Word MeProgressTitle = new("console.me-progress-title");
    public static readonly Word MeProgressNone = new("console.me-progress-none");
    public static Word MeProgressBefore(CanDo can) => can switch
    {
        CanDo.NotYet => new("console.me-progress-before-0"),
        CanDo.WithHelp => new("console.me-progress-before-1"),
        CanDo.Alone => new("console.me-progress-before-2"),
        _ => new("console.me-progress-before-3"),
    };

    public static Word MeProgressNow(CanDo can) => can switch
    {
        CanDo.NotYet => new("console.me-progress-now-0"),
        CanDo.WithHelp => new("console.me-progress-now-1"),
        CanDo.Alone => new("console.me-progress-now-2"),
        _ => new("console.me-progress-now-3"),
    };
    public static readonly Word MeProgressBravo = new("console.me-progress-bravo");
    public static Word MeProgressHelped(int count) => new("console.me-progress-helped", new { count });

    public static readonly Word MeDataTitle = new("console.me-data-title");
    public static readonly Word MeDataKept = new("console.me-data-kept");
    public static Word MeDataName(string name) => new("console.me-data-name", new { name });
    public static Word MeDataLanguages(string languages) => new("console.me-data-languages", new { languages });
    public static Word MeDataContact(string contact) => new("console.me-data-contact", new { contact });
    public static readonly Word MeDataLevels = new("console.me-data-levels");
    public static readonly Word MeDataGroup = new("console.me-data-group");
    public static readonly Word MeDataReads = new("console.me-data-reads");
    public static readonly Word MeDataDownload = new("console.me-data-download");
    public static Word MeDataConsentGiven(string day) => new("console.me-data-consent-given", new { day });
    public static Word MeDataConsentWithdrawn(string day) => new("console.me-data-consent-withdrawn", new { day });
    public static readonly Word MeDataWithdraw = new("console.me-data-withdraw");
    public static readonly Word MeDataGiveAgain = new("console.me-data-give-again");
    public static readonly Word MeDataWithdrawWhat = new("console.me-data-withdraw-what");
    public static readonly Word MeDataWithdrawStays = new("console.me-data-withdraw-stays");
    public static readonly Word MeDataWithdrawLater = new("console.me-data-withdraw-later");
    public static readonly Word MeDataWithdrawYes = new("console.me-data-withdraw-yes");
    public static readonly Word MeDataWithdrawNo = new("console.me-data-withdraw-no");
    public static readonly Word MeDataWithdrawn = new("console.me-data-withdrawn");
    public static readonly Word MeDataGiven = new("console.me-data-given");
}
