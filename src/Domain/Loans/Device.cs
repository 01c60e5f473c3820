namespace LivingLibrary.Domain.Loans;

/// <summary>Where a device is. <see cref="Overdue"/> is never stored: it is a lent device past its due date, today.</summary>
public enum DeviceState
{
    Available,
    Lent,
    Overdue,
    Broken,
    Retired,
}

public sealed record LoanReturn(DateOnly On, DeviceCondition Condition, bool? DepositReturned, string? Note);

public sealed record Loan(Guid LoanId, Borrower Borrower, DateOnly From, DateOnly Until, int DepositCents, Agreement Agreement, LoanReturn? Return)
{
    /// <summary>Out on that day, past its due date: lent by then, due before it, and not back by then.</summary>
    public bool IsOverdueOn(DateOnly day) => From <= day && Until < day && (Return is null || Return.On > day);
}

/// <summary>
/// A device of the organisation's inventory and its loans, one at a time: the fold of its events, kept as an inline
/// snapshot (docs/adr/0010). <see cref="BorrowerIds"/> and <see cref="GroupIds"/> index its loans for the reads.
/// </summary>
public sealed record Device(
    Guid Id,
    DeviceKind Kind,
    string Identifier,
    DeviceCondition Condition,
    string? Note,
    DateOnly RegisteredOn,
    DeviceState State,
    Loan? OnLoan,
    IReadOnlyList<Loan> PastLoans,
    IReadOnlyList<Guid> BorrowerIds,
    IReadOnlyList<Guid> GroupIds,
    string? RetiredReason)
{
    public int Version { get; set; }

    /// <summary>Every loan, the current one last.</summary>
    public IEnumerable<Loan> Loans() => OnLoan is null ? PastLoans : PastLoans.Append(OnLoan);

    public bool IsOverdue(DateOnly today) => OnLoan?.IsOverdueOn(today) == true;

    /// <summary>The state as people see it today: a lent device past its due date is overdue.</summary>
    public DeviceState StateOn(DateOnly today) => IsOverdue(today) ? DeviceState.Overdue : State;

    public static Device Create(DeviceRegistered e) =>
        new Device(e.DeviceId, e.Kind, e.Identifier, e.Condition, e.Note, e.On, DeviceState.Available, null, [], [], [], null).Settled();

    public Device Apply(DeviceLent e) =>
        (this with
        {
            OnLoan = new Loan(e.LoanId, e.Borrower, e.From, e.Until, e.DepositCents, e.Agreement, null),
            BorrowerIds = [.. BorrowerIds.Append(e.Borrower.Id).Distinct()],
            GroupIds = e.Borrower.GroupId is { } group ? [.. GroupIds.Append(group).Distinct()] : GroupIds,
        }).Settled();

    public Device Apply(LoanExtended e) => this with { OnLoan = OnLoan! with { Until = e.Until } };

    public Device Apply(DeviceReturned e) =>
        (this with
        {
            Condition = e.Condition,
            PastLoans = [.. PastLoans, OnLoan! with { Return = new LoanReturn(e.On, e.Condition, e.DepositReturned, e.Note) }],
            OnLoan = null,
        }).Settled();

    public Device Apply(DeviceConditionRecorded e) => (this with { Condition = e.Condition, Note = e.Note }).Settled();

    public Device Apply(DeviceRetired e) => (this with { RetiredReason = e.Reason }) with { State = DeviceState.Retired };

    private Device Settled() => this with
    {
        State = State == DeviceState.Retired ? DeviceState.Retired
            : OnLoan is not null ? DeviceState.Lent
            : Condition == DeviceCondition.Broken ? DeviceState.Broken
            : DeviceState.Available,
    };
}
