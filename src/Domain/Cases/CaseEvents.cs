namespace LivingLibrary.Domain.Cases;

// The events of a problem case. Free text (the goal, notes, steps, reasons) is the person's data:
// it is erased with them (issue 12), so it stays in fields of its own, never inside codes or ids.

public enum Urgency
{
    Low,
    Normal,
    High,
    Urgent,
}

/// <summary>What the case is about, as posted; the goal is in the person's own words.</summary>
public sealed record CaseDetails(string Goal, string Service, string Difficulty, IReadOnlyList<string> Skills, Urgency Urgency, DateOnly? DueOn);

/// <summary>
/// Someone who comes to a drop-in without being enrolled. By default nothing identifies them; a
/// pseudonym and a postcode area are optional, a contact needs their consent. A returning visitor keeps their id: their
/// requests are tied by it (docs/adr/0034). <paramref name="Findable"/>: they agreed that staff find them again by their
/// pseudonym and postcode area.
/// </summary>
public sealed record Visitor(Guid VisitorId, IReadOnlyList<string> Languages, string? Pseudonym, string? PostcodeArea, string? Contact, Consent? Consent,
    bool Findable = false);

/// <summary>
/// A case was posted for a participant of a group, by its facilitator or by the participant (the event's user says who);
/// shared with the group, it is brought to the next exchange session.
/// </summary>
public sealed record CasePosted(Guid CaseId, Guid GroupId, Guid ParticipantId, CaseDetails Details, DateOnly PostedOn, bool SharedWithGroup = false);

/// <summary>A request written on a drop-in session's sheet: the desk and the day make the session.</summary>
public sealed record DropInRequestRecorded(Guid CaseId, Guid DeskId, DateOnly SessionOn, Visitor Visitor, CaseDetails Details);

public enum Setting
{
    OnSite,
    AtHome,
    AtPartner,
    Remote,
}

public enum DeviceUsed
{
    OwnPhone,
    OwnComputer,
    LentDevice,
    PublicComputer,
}

/// <summary>How far the procedure got during one accompaniment.</summary>
public enum ProcedureProgress
{
    Done,
    PartlyDone,
    NotDone,
}

/// <summary>What an exchange session found for a case brought to it.</summary>
public enum SessionFinding
{
    CollectivePath,
    IndividualFollowUp,
}

/// <summary>
/// One time someone worked on the case with the person: staff (by user id), peers (participants),
/// at an exchange session or within a pairing (peer help counts).
/// </summary>
public sealed record Accompaniment(
    Guid AccompanimentId,
    DateOnly On,
    int Minutes,
    Setting Setting,
    DeviceUsed Device,
    ProcedureProgress Progress,
    IReadOnlyList<string> StaffIds,
    IReadOnlyList<Guid> PeerHelperIds,
    Guid? ExchangeSessionId,
    Guid? PairingId,
    SessionFinding? Finding,
    IReadOnlyList<string> Steps,
    string? Note);

public sealed record CaseAccompanied(Guid CaseId, Accompaniment Accompaniment);

/// <summary>The three steps of French mediators' activity reports.</summary>
public enum Autonomy
{
    DoneForThem,
    DoneTogether,
    DoneAlone,
}

public sealed record CaseResolved(Guid CaseId, IReadOnlyList<string> Steps, Autonomy Autonomy, DateOnly On);

public sealed record CaseReferred(Guid CaseId, Guid PartnerId, string Reason, DateOnly On);

public enum ReferralOutcome
{
    Helped,
    NotHelped,
    NoNews,
}

public sealed record ReferralFollowedUp(Guid CaseId, Guid PartnerId, ReferralOutcome Outcome, string? Note, DateOnly On);

public sealed record CaseClosed(Guid CaseId, string Reason, DateOnly On);

public sealed record CaseReopened(Guid CaseId, string? Reason, DateOnly On);

/// <summary>The case showed something the person wants to learn: the need is on their own stream, linked back here.</summary>
public sealed record CaseRevealedNeed(Guid CaseId, Guid ParticipantId, Guid NeedId, string Skill);

/// <summary>What the case is about was written wrongly: these details replace the posted ones; the posting stays in the history.</summary>
public sealed record CaseCorrected(Guid CaseId, CaseDetails Details, Correction Why);

/// <summary>A case that should not have been recorded (a duplicate, the wrong person): it counts nowhere, its history stays.</summary>
public sealed record CaseVoided(Guid CaseId, Correction Why);

/// <summary>An accompaniment's facts as they really were (same id, same helpers); the first record stays in the history.</summary>
public sealed record AccompanimentCorrected(Guid CaseId, Accompaniment Accompaniment, Correction Why);

/// <summary>An accompaniment that should not have been recorded: it counts nowhere.</summary>
public sealed record AccompanimentVoided(Guid CaseId, Guid AccompanimentId, Correction Why);

/// <summary>A photo of the letter or screen the case is about was added: its id and size only, never its bytes (a document of its own).</summary>
public sealed record CasePhotoAdded(Guid CaseId, Guid PhotoId, int Bytes, int Width, int Height);
