using System.ComponentModel.DataAnnotations;
namespace LivingLibrary.Domain.Loans;

// Each command with its decision (docs/adr/0006): fields (400), who the borrower is (404), what the device's state
// allows (409), the events it appends. A device goes Available -> Lent -> Available (or Broken, by its condition on
// return) as often as it is lent, and Retired once.

/// <summary>A coordinator adds a device to the inventory. Its identifier is unique in the organisation, whatever its case.</summary>
public sealed record RegisterDevice([Required] DeviceKind? Kind, [Required] string? Identifier, [Required] DeviceCondition? Condition, string? Note)
{
    public Refusal? Check() =>
        new Fields()
            .Choice("kind", Kind)
            .Text("identifier", Identifier, DeviceRules.IdentifierMax)
            .Choice("condition", Condition)
            .Text("note", Note, DeviceRules.NoteMax, required: false)
            .Refusal();

    public Decision Decide(Guid deviceId, Device? sameIdentifier, DateOnly today) =>
        Refusals.FirstOf(Check(),
            sameIdentifier is null ? null : Refusal.Conflict(Says.DeviceExists(sameIdentifier.Identifier)))
        ?? Decision.Append(new DeviceRegistered(deviceId, Kind!.Value, Identifier!.Trim(), Condition!.Value, Fields.Blank(Note), today));
}

/// <summary>The agreement as the request gives it: the notice's name and the day it was signed.</summary>
public sealed record SignedAgreement([Required] string? Notice, [Required] DateOnly? SignedOn);

/// <summary>Whom a loan would be for, as loaded: the participant and their current group, or the visitor's request and its desk.</summary>
public sealed record BorrowerContext(Participant? Participant, Group? Group, ProblemCase? Visit, DropInDesk? Desk)
{
    public static readonly BorrowerContext None = new(null, null, null, null);

    /// <summary>A borrower the caller may not reach does not exist for them (404), as everywhere else.</summary>
    public Refusal? MayBeReachedBy(Caller caller, Guid? participantId, Guid? visitorId) =>
        participantId is not null && (Participant?.Id != participantId || Group.MayActOnParticipant(caller) is not null)
            ? Refusal.NotFound(Thing.Participant)
        : visitorId is not null && (BorrowerFor(null, visitorId) is null || Desk.MaySee(caller) is not null)
            ? Refusal.NotFound(Thing.Visitor)
        : null;

    public Borrower? BorrowerFor(Guid? participantId, Guid? visitorId) =>
        participantId is not null && Participant is { } p && p.Id == participantId ? new Borrower(BorrowerKind.Participant, p.Id, p.GroupId, null)
        : visitorId is not null && Visit is { Visitor: { } v, DeskId: { } desk } && v.VisitorId == visitorId ? new Borrower(BorrowerKind.Visitor, v.VisitorId, null, desk)
        : null;
}

/// <summary>
/// Lends a device to a participant or to a drop-in visitor, from a day (today unless given) until the day it is due
/// back, against a deposit (0 allowed) and the agreement they signed.
/// </summary>
public sealed record LendDevice(Guid? ParticipantId, Guid? VisitorId, DateOnly? From, [Required] DateOnly? Until, [Required] int? DepositCents, [Required] SignedAgreement? Agreement)
{
    public Decision Decide(Device device, Guid loanId, BorrowerContext found, DateOnly today)
    {
        var from = From ?? today;
        var borrower = found.BorrowerFor(ParticipantId, VisitorId);
        return Refusals.FirstOf(
                new Fields()
                    .Check("participantId", (ParticipantId is null) != (VisitorId is null), Says.OneBorrower)
                    .Day("from", From, device.LastReturnedOn(), Says.NotBeforeLastReturn, today)
                    .Check("until", Until is not null, Says.DueBackRequired)
                    .DueDate(Until, from)
                    .Check("depositCents", DepositCents is >= 0 and <= DeviceRules.DepositMaxCents,
                        Says.DepositRequired(DeviceRules.DepositMaxCents))
                    .Check("agreement", Agreement is not null, Says.AgreementRequired)
                    .Text("agreement.notice", Agreement?.Notice, ParticipantRules.NoticeMax, required: Agreement is not null)
                    .Check("agreement.signedOn", Agreement is null || Agreement.SignedOn is not null, Says.Required)
                    .Check("agreement.signedOn", Agreement?.SignedOn is not { } signed || signed <= from,
                        Says.SignedBeforeLoan)
                    .Happened("agreement.signedOn", Agreement?.SignedOn, today)
                    .Refusal(),
                borrower is null ? Refusal.NotFound(VisitorId is null ? Thing.Participant : Thing.Visitor) : null,
                found.Participant?.IsActive(),
                found.Participant?.IsConsenting(),
                device.MayBeLent())
            ?? Decision.Append(new DeviceLent(device.Id, loanId, borrower!, from, Until!.Value, DepositCents!.Value,
                new Loans.Agreement(Agreement!.Notice!.Trim(), Agreement.SignedOn!.Value)));
    }
}

/// <summary>The device is back: the day (today unless given), its condition, and whether the deposit was given back.</summary>
public sealed record ReturnDevice(DateOnly? On, [Required] DeviceCondition? Condition, bool? DepositReturned, string? Note)
{
    public Decision Decide(Device device, DateOnly today) =>
        Refusals.FirstOf(
            new Fields()
                .Choice("condition", Condition)
                .Day("on", On, device.OnLoan?.From, Says.NotBeforeLoanStart, today)
                .Check("depositReturned", device.OnLoan is not { DepositCents: > 0 } || DepositReturned is not null,
                    Says.DepositReturnedRequired)
                .Text("note", Note, DeviceRules.NoteMax, required: false)
                .Refusal(),
            device.IsLent())
        ?? Decision.Append(new DeviceReturned(device.Id, device.OnLoan!.LoanId, On ?? today, Condition!.Value,
            device.OnLoan.DepositCents > 0 ? DepositReturned : null, Fields.Blank(Note)));
}

/// <summary>The borrower keeps the device longer: a new due date, not before the current one.</summary>
public sealed record ExtendLoan([Required] DateOnly? Until)
{
    public Decision Decide(Device device, DateOnly today) =>
        Refusals.FirstOf(
            new Fields()
                .Check("until", Until is not null, Says.NewDueBackRequired)
                .Check("until", Until is null || device.OnLoan is null || Until >= device.OnLoan.Until,
                    Says.NotBeforeDueDate(device.OnLoan?.Until))
                .DueDate(Until, device.OnLoan?.From ?? today)
                .Refusal(),
            device.IsLent())
        ?? (Until == device.OnLoan!.Until ? Decision.Nothing : Decision.Append(new LoanExtended(device.Id, device.OnLoan.LoanId, Until!.Value, today)));
}

/// <summary>A coordinator records the condition of a device in the organisation's hands (repaired, found broken).</summary>
public sealed record RecordDeviceCondition([Required] DeviceCondition? Condition, string? Note)
{
    public Decision Decide(Device device, DateOnly today) =>
        Refusals.FirstOf(
            new Fields().Choice("condition", Condition).Text("note", Note, DeviceRules.NoteMax, required: false).Refusal(),
            device.IsHere())
        ?? (Condition == device.Condition && Fields.Blank(Note) == device.Note
            ? Decision.Nothing
            : Decision.Append(new DeviceConditionRecorded(device.Id, Condition!.Value, Fields.Blank(Note), today)));
}

/// <summary>A coordinator takes a device out of the inventory for good (worn out, lost, given away). A lent device must come back first.</summary>
public sealed record RetireDevice(string? Reason)
{
    public Decision Decide(Device device, DateOnly today) =>
        device.State == DeviceState.Retired
            ? new Fields().Text("reason", Reason, DeviceRules.NoteMax, required: false).Refusal() ?? Decision.Nothing
            : Refusals.FirstOf(new Fields().Text("reason", Reason, DeviceRules.NoteMax, required: false).Refusal(), device.IsHere())
              ?? Decision.Append(new DeviceRetired(device.Id, Fields.Blank(Reason), today));
}
