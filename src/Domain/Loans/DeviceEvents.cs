namespace LivingLibrary.Domain.Loans;

// The events of a device of the organisation, and of its loans. Personal data (erased with the person, issue 12)
// is only the borrower's id and the free-text notes; kinds, conditions, dates, deposits and notices are not.

public enum DeviceKind
{
    Laptop,
    Tablet,
    Phone,
    MobileHotspot,
    Other,
}

public enum DeviceCondition
{
    Good,
    Fair,
    Poor,
    Broken,
}

public enum BorrowerKind
{
    /// <summary>A participant of a group, by their participant id.</summary>
    Participant,

    /// <summary>A drop-in visitor, by the <c>VisitorId</c> their request gave them at a desk.</summary>
    Visitor,
}

/// <summary>
/// Who has the device: an id and nothing else. The group (for a participant, the one they were in when it was
/// lent) or the desk (for a visitor) say whose loan it is in reports and who may see the borrower.
/// </summary>
public sealed record Borrower(BorrowerKind Kind, Guid Id, Guid? GroupId, Guid? DeskId);

/// <summary>The loan agreement the borrower signed: which notice (e.g. "pret-2026-fr") and the day. Never a scan.</summary>
public sealed record Agreement(string Notice, DateOnly SignedOn);

/// <summary>A device enters the inventory; its identifier (an inventory number or a serial) is unique in the organisation.</summary>
public sealed record DeviceRegistered(Guid DeviceId, DeviceKind Kind, string Identifier, DeviceCondition Condition, string? Note, DateOnly On);

/// <summary>The device leaves with its borrower, due back on <paramref name="Until"/>.</summary>
public sealed record DeviceLent(Guid DeviceId, Guid LoanId, Borrower Borrower, DateOnly From, DateOnly Until, int DepositCents, Agreement Agreement);

public sealed record LoanExtended(Guid DeviceId, Guid LoanId, DateOnly Until, DateOnly On);

/// <summary>The device is back, in the condition it came back in; whether the deposit was given back (none when there was no deposit).</summary>
public sealed record DeviceReturned(Guid DeviceId, Guid LoanId, DateOnly On, DeviceCondition Condition, bool? DepositReturned, string? Note);

/// <summary>The device's condition changed while it was in the organisation's hands: repaired, or found broken.</summary>
public sealed record DeviceConditionRecorded(Guid DeviceId, DeviceCondition Condition, string? Note, DateOnly On);

/// <summary>The device leaves the inventory for good; its loans stay in its history.</summary>
public sealed record DeviceRetired(Guid DeviceId, string? Reason, DateOnly On);
