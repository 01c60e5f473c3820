namespace LivingLibrary.Api.ConsolePages;

/// <summary>The keys of the words of a participant's life in the console: details and free time, consent, leaving or moving, and what is theirs.</summary>
public static partial class Words
{
    public static readonly Word PersonActions = new("console.person-actions");
    public static Word PersonAlreadyWithdrawn(DateOnly day) => new("console.person-already-withdrawn", new { day });
    public static readonly Word PersonAs = new("console.person-as");
    public static readonly Word PersonCancel = new("console.person-cancel");
    public static readonly Word PersonCases = new("console.person-cases");
    public static readonly Word PersonConsent = new("console.person-consent");
    public static readonly Word PersonConsentAgainHelp = new("console.person-consent-again-help");
    public static Word PersonConsentTitle(string name) => new("console.person-consent-title", new { name });
    public static readonly Word PersonConsentVersion = new("console.person-consent-version");
    public static readonly Word PersonDetails = new("console.person-details");
    public static Word PersonDetailsTitle(string name) => new("console.person-details-title", new { name });
    public static readonly Word PersonFreeTime = new("console.person-free-time");
    public static readonly Word PersonFreeTimeHelp = new("console.person-free-time-help");
    public static readonly Word PersonDay = new("console.person-day");
    public static readonly Word PersonLeave = new("console.person-leave");
    public static readonly Word PersonLeaveButton = new("console.person-leave-button");
    public static readonly Word PersonLeaveExplained = new("console.person-leave-explained");
    public static Word PersonLeaveTitle(string name, string group) => new("console.person-leave-title", new { name, group });
    public static readonly Word PersonLoanDevice = new("console.person-loan-device");
    public static readonly Word PersonLoanFrom = new("console.person-loan-from");
    public static readonly Word PersonLoanOverdue = new("console.person-loan-overdue");
    public static readonly Word PersonLoanReturned = new("console.person-loan-returned");
    public static readonly Word PersonLoanUntil = new("console.person-loan-until");
    public static readonly Word PersonLoans = new("console.person-loans");
    public static readonly Word PersonMove = new("console.person-move");
    public static readonly Word PersonMoveButton = new("console.person-move-button");
    public static Word PersonMoveExplained(string group) => new("console.person-move-explained", new { group });
    public static Word PersonMoveTitle(string name) => new("console.person-move-title", new { name });
    public static readonly Word PersonMoveTo = new("console.person-move-to");
    public static readonly Word PersonNoCases = new("console.person-no-cases");
    public static readonly Word PersonNoFreeTime = new("console.person-no-free-time");
    public static readonly Word PersonNoLoans = new("console.person-no-loans");
    public static readonly Word PersonNoOtherGroup = new("console.person-no-other-group");
    public static readonly Word PersonNoPairings = new("console.person-no-pairings");
    public static readonly Word PersonOtherLanguages = new("console.person-other-languages");
    public static readonly Word PersonPairingWith = new("console.person-pairing-with");
    public static readonly Word PersonPairings = new("console.person-pairings");
    public static readonly Word PersonRecordConsent = new("console.person-record-consent");
    public static readonly Word PersonSaveDetails = new("console.person-save-details");
    public static readonly Word PersonSessions = new("console.person-sessions");
    public static readonly Word PersonWithdrawButton = new("console.person-withdraw-button");
    public static readonly Word PersonWithdrawConsent = new("console.person-withdraw-consent");
    public static readonly Word PersonWithdrawExplained = new("console.person-withdraw-explained");
    public static Word PersonWithdrawTitle(string name) => new("console.person-withdraw-title", new { name });
    public static readonly Word PersonWithdrawnOn = new("console.person-withdrawn-on");
}
