namespace LivingLibrary.Api.ConsolePages;

/// <summary>The keys of the words of exchange sessions and device loans (DOMAIN.md's vocabulary; docs/adr/0010).</summary>
public static partial class Words
{
    // Exchange sessions
    public static readonly Word ExchangeSessions = new("console.exchange-sessions");
    public static readonly Word ExchangeSession = new("console.exchange-session");
    public static readonly Word NoExchangeSessions = new("console.no-exchange-sessions");
    public static readonly Word SessionDay = new("console.session-day");
    public static readonly Word SessionTheme = new("console.session-theme");
    public static readonly Word SessionThemeOptional = new("console.session-theme-optional");
    public static readonly Word SessionAttendance = new("console.session-attendance");
    public static readonly Word RecordExchangeSession = new("console.record-exchange-session");
    public static readonly Word RecordExchangeSessionButton = new("console.record-exchange-session-button");
    public static readonly Word WhoCame = new("console.who-came");
    public static readonly Word CorrectAttendance = new("console.correct-attendance");
    public static readonly Word SaveAttendance = new("console.save-attendance");
    public static readonly Word CasesBrought = new("console.cases-brought");
    public static readonly Word NoCasesBrought = new("console.no-cases-brought");

    // Devices and loans
    public static readonly Word DevicesAndLoans = new("console.devices-and-loans");
    public static readonly Word LoansTitle = new("console.loans-title");
    public static readonly Word AllDevicesAndOverdue = new("console.all-devices-and-overdue");
    public static readonly Word OverdueLoans = new("console.overdue-loans");
    public static readonly Word NoOverdueLoans = new("console.no-overdue-loans");
    public static readonly Word Inventory = new("console.inventory");
    public static readonly Word NoDevices = new("console.no-devices");
    public static readonly Word DeviceWord = new("console.device-word");
    public static readonly Word DeviceKindLabel = new("console.device-kind-label");
    public static readonly Word DeviceStateLabel = new("console.device-state-label");
    public static readonly Word ConditionLabel = new("console.condition-label");
    public static readonly Word NoteLabel = new("console.note-label");
    public static readonly Word Borrower = new("console.borrower");
    public static readonly Word BorrowerNotShown = new("console.borrower-not-shown");
    public static readonly Word BorrowerParticipant = new("console.borrower-participant");
    public static readonly Word BorrowerVisitor = new("console.borrower-visitor");
    public static readonly Word LentOn = new("console.lent-on");
    public static readonly Word DueBack = new("console.due-back");
    public static readonly Word DaysOverdue = new("console.days-overdue");
    public static readonly Word ReturnedOn = new("console.returned-on");
    public static readonly Word DepositLabel = new("console.deposit-label");
    public static readonly Word DepositInEuros = new("console.deposit-in-euros");
    public static readonly Word DepositGivenBack = new("console.deposit-given-back");
    public static readonly Word AgreementNotice = new("console.agreement-notice");
    public static readonly Word AgreementSignedOn = new("console.agreement-signed-on");
    public static readonly Word ChooseAvailableDevice = new("console.choose-available-device");
    public static readonly Word LentNow = new("console.lent-now");
    public static readonly Word NoneLentNow = new("console.none-lent-now");
    public static readonly Word LendHeading = new("console.lend-heading");
    public static readonly Word LendButton = new("console.lend-button");
    public static readonly Word RecordReturn = new("console.record-return");
    public static readonly Word RecordReturnButton = new("console.record-return-button");
    public static readonly Word ItsLoans = new("console.its-loans");
    public static readonly Word NeverLent = new("console.never-lent");
    public static readonly Word RegisterDevice = new("console.register-device");
    public static readonly Word RegisterDeviceButton = new("console.register-device-button");
    public static readonly Word DeviceIdentifier = new("console.device-identifier");
    public static readonly Word ExtendLoan = new("console.extend-loan");
    public static readonly Word ExtendLoanButton = new("console.extend-loan-button");
    public static readonly Word NewDueBack = new("console.new-due-back");
    public static readonly Word RecordCondition = new("console.record-condition");
    public static readonly Word RecordConditionButton = new("console.record-condition-button");
    public static readonly Word Yes = new("console.yes");
    public static readonly Word No = new("console.no");

    public static Word DeviceKindName(DeviceKind k) => new($"console.device-kind.{Choices.Name(k)}");

    public static Word DeviceStateName(DeviceState s) => new($"console.device-state.{Choices.Name(s)}");

    public static Word ConditionName(DeviceCondition c) => new($"console.condition.{Choices.Name(c)}");
}
