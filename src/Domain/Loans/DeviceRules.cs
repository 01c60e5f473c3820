namespace LivingLibrary.Domain.Loans;

/// <summary>Who may do what with devices and loans, what a device's state allows, and the bounds of the fields. Pure functions.</summary>
public static class DeviceRules
{
    public const int IdentifierMax = 60;
    public const int NoteMax = 500;
    public const int DepositMaxCents = 100_000;
    public const int LoanMaxDays = 731;

    /// <summary>The inventory is the coordinators' to change; every member of staff sees it.</summary>
    public static Refusal? MayManageDevices(this Caller caller) =>
        caller.IsCoordinator ? null : Refusal.Forbidden(Says.CoordinatorManagesDevices);

    /// <summary>
    /// A borrower is seen by whoever may see them elsewhere: a participant through their current group (its facilitators,
    /// coordinators), a visitor through the desk that recorded them (its staff, coordinators).
    /// </summary>
    public static bool MaySee(this Borrower borrower, Caller caller, Group? currentGroup, DropInDesk? desk) =>
        caller.IsCoordinator || (borrower.Kind == BorrowerKind.Participant
            ? currentGroup is not null && currentGroup.MaySee(caller) is null
            : desk.MaySee(caller) is null);

    /// <summary>A loan is handled (returned, extended) by whoever may see its borrower; other staff see the device but may not.</summary>
    public static Refusal? MayHandleLoan(this Device device, bool seesBorrower) =>
        device.OnLoan is null || seesBorrower ? null
        : Refusal.Forbidden(Says.MayNotHandleLoan);

    public static Refusal? IsInService(this Device device) =>
        device.State == DeviceState.Retired ? Refusal.Conflict(Says.DeviceRetired(device.Identifier)) : null;

    public static Refusal? MayBeLent(this Device device) =>
        device.IsInService()
        ?? (device.OnLoan is { } loan ? Refusal.Conflict(Says.DeviceLent(device.Identifier, loan.Until)) : null)
        ?? (device.Condition == DeviceCondition.Broken ? Refusal.Conflict(Says.DeviceBroken(device.Identifier)) : null);

    public static Refusal? IsLent(this Device device) =>
        device.IsInService() ?? (device.OnLoan is null ? Refusal.Conflict(Says.DeviceNotLent(device.Identifier)) : null);

    public static Refusal? IsHere(this Device device) =>
        device.IsInService()
        ?? (device.OnLoan is null ? null : Refusal.Conflict(Says.DeviceLentReturnFirst(device.Identifier)));

    /// <summary>The last day the device came back, if ever: a new loan cannot start before it.</summary>
    public static DateOnly? LastReturnedOn(this Device device) => device.PastLoans.Count == 0 ? null : device.PastLoans[^1].Return!.On;

    internal static Fields Day(this Fields fields, string field, DateOnly? day, DateOnly? notBefore, Func<DateOnly, Message> tooEarly, DateOnly today)
    {
        fields.Happened(field, day, today);
        return day is { } d && notBefore is { } first && d < first ? fields.Check(field, false, tooEarly(first)) : fields;
    }

    internal static Fields DueDate(this Fields fields, DateOnly? until, DateOnly from) =>
        fields
            .Check("until", until is null || until > from, Says.AfterLoanStart(from))
            .Check("until", until is null || until.Value.DayNumber - from.DayNumber <= LoanMaxDays, Says.LoanTooLong(LoanMaxDays));
}
