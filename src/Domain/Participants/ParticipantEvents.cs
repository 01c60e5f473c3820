namespace LivingLibrary.Domain.Participants;

// Personal data lives only in PersonalDetails and in ParticipantLeft.Reason, so that erasing a
// person masks those fields and keeps every fact (group, levels, dates). See docs/adr/0004.

/// <summary>Who the person is to the group: a display name or pseudonym, and optional contact details.</summary>
public sealed record PersonalDetails(string DisplayName, string? Contact);

/// <summary>
/// The privacy notice the person agreed to, which version of it, and when. Events stored before notices
/// had versions have no version: they read as the notice's first (docs/adr/0012).
/// </summary>
public sealed record Consent(string Notice, DateOnly GivenOn, int Version = Consent.FirstVersion)
{
    public const int FirstVersion = 1;
}

public sealed record ParticipantEnrolled(
    Guid ParticipantId,
    Guid GroupId,
    PersonalDetails Person,
    IReadOnlyList<string> Languages,
    IReadOnlyList<TimeSlot> Availability,
    Consent Consent);

public sealed record ParticipantDetailsUpdated(
    Guid ParticipantId,
    PersonalDetails Person,
    IReadOnlyList<string> Languages,
    IReadOnlyList<TimeSlot> Availability);

public sealed record ConsentRecorded(Guid ParticipantId, Consent Consent);

/// <summary>The person took back their consent: nothing new is processed about them until they give it again. Nothing is erased.</summary>
public sealed record ConsentWithdrawn(Guid ParticipantId, DateOnly WithdrawnOn);

/// <param name="On">The day they moved, when it was not the day it was recorded; an event without it (all before
/// docs/adr/0031) happened the day it was recorded.</param>
public sealed record ParticipantMoved(Guid ParticipantId, Guid FromGroupId, Guid ToGroupId, DateOnly? On = null);

/// <param name="On">The day they left, as <see cref="ParticipantMoved.On"/>.</param>
public sealed record ParticipantLeft(Guid ParticipantId, Guid GroupId, string? Reason, DateOnly? On = null);

public enum AssessmentSource
{
    SelfAssessed,
    ObservedByFacilitator,

    /// <summary>A diagnostic tool such as 123Digit or Pix, named in the assessment.</summary>
    ExternalTool,
}

/// <summary>A level (DigComp 1-8) in a competence or task; the intake diagnostic is the first of them.</summary>
public sealed record SkillAssessed(
    Guid ParticipantId,
    Guid GroupId,
    string Skill,
    int Level,
    AssessmentSource Source,
    string? Tool,
    DateOnly AssessedOn,
    bool Intake);

/// <summary>"I can help with this": an offer to teach, at the level the person claims.</summary>
public sealed record HelpOffered(Guid ParticipantId, string Skill, int ClaimedLevel);

/// <summary>A facilitator saw the person help, and confirms (or corrects) the level of the offer.</summary>
public sealed record HelpOfferReviewed(Guid ParticipantId, string Skill, int ConfirmedLevel);

public sealed record HelpOfferWithdrawn(Guid ParticipantId, string Skill);

public enum NeedPriority
{
    Low,
    Normal,
    High,
}

/// <summary>
/// "I want to learn this", with a priority and, sometimes, a real deadline (a bill's due date); and the
/// problem case that revealed it, if one did.
/// </summary>
public sealed record LearningNeedDeclared(Guid ParticipantId, Guid NeedId, string Skill, NeedPriority Priority, DateOnly? Deadline, Guid? FromCaseId = null);

public sealed record LearningNeedWithdrawn(Guid ParticipantId, Guid NeedId);

/// <summary>The helper starts helping in a pairing: it counts against their capacity until released.</summary>
public sealed record HelperEngaged(Guid ParticipantId, Guid PairingId);

public sealed record HelperReleased(Guid ParticipantId, Guid PairingId);

/// <summary>How many people the person can help at once (default 2; 0 for "not now").</summary>
public sealed record HelpCapacitySet(Guid ParticipantId, int Capacity);
