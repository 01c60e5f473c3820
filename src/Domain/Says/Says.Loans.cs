namespace LivingLibrary.Domain;

public static partial class Says
{
    public static Message CoordinatorManagesDevices => Of("coordinator-manages-devices");
    public static Message MayNotHandleLoan => Of("may-not-handle-loan");
    public static Message DeviceRetired(string device) => Of("device-retired", new { device });
    public static Message DeviceLent(string device, DateOnly until) => Of("device-lent", new { device, until });
    public static Message DeviceBroken(string device) => Of("device-broken", new { device });
    public static Message DeviceNotLent(string device) => Of("device-not-lent", new { device });
    public static Message DeviceLentReturnFirst(string device) => Of("device-lent-return-first", new { device });
    public static Message DeviceExists(string device) => Of("device-exists", new { device });
    public static Message NotBeforeLastReturn(DateOnly day) => Of("not-before-last-return", new { day });
    public static Message NotBeforeLoanStart(DateOnly day) => Of("not-before-loan-start", new { day });
    public static Message AfterLoanStart(DateOnly from) => Of("after-loan-start", new { from });
    public static Message LoanTooLong(int days) => Of("loan-too-long", new { days });
    public static Message OneBorrower => Of("one-borrower");
    public static Message DueBackRequired => Of("due-back-required");
    public static Message DepositRequired(int max) => Of("deposit-required", new { max });
    public static Message AgreementRequired => Of("agreement-required");
    public static Message SignedBeforeLoan => Of("signed-before-loan");
    public static Message DepositReturnedRequired => Of("deposit-returned-required");
    public static Message NewDueBackRequired => Of("new-due-back-required");
    public static Message NotBeforeDueDate(DateOnly? until) => Of("not-before-due-date", new { until });

    public static Message AttendeesRequired => Of("attendees-required");
    public static Message TooManyPeople(int max) => Of("too-many-people", new { max });
    public static Message NotAMember => Of("not-a-member");

    public static Message CoordinatorManagesDesk => Of("coordinator-manages-desk");
    public static Message CoordinatorOpensDesks => Of("coordinator-opens-desks");
    public static Message DeskClosed => Of("desk-closed");
    public static Message OpeningRequired => Of("opening-required");
    public static Message TooManyOpenings(int max) => Of("too-many-openings", new { max });
    public static Message NotAnOpening(IEnumerable<string> days) => Of("not-an-opening", new { days });

    public static Message OrganisationIdRequired => Of("organisation-id-required");
    public static Message AlreadyAMember => Of("already-a-member");
    public static Message NotInvited => Of("not-invited");
    public static Message CoordinatorActsInNetwork => Of("coordinator-acts-in-network");
    public static Message CoordinatorFoundsNetworks => Of("coordinator-founds-networks");
    public static Message NotAMemberOfNetwork => Of("not-a-member-of-network");

    public static Message CoordinatorErases => Of("coordinator-erases");
    public static Message CoordinatorSetsRetention => Of("coordinator-sets-retention");
    public static Message RetentionMonths(int max) => Of("retention-months", new { max });
}
