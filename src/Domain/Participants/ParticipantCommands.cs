namespace LivingLibrary.Domain.Participants;

public sealed record GivenConsent(string? Notice, DateOnly? GivenOn);

/// <summary>A display name or pseudonym and the consent are required; nothing else is.</summary>
public sealed record EnrolParticipant(
    string? DisplayName,
    IReadOnlyList<string>? Languages,
    IReadOnlyList<TimeSlot>? Availability,
    string? Contact,
    GivenConsent? Consent);

public sealed record UpdateParticipantDetails(
    string? DisplayName,
    IReadOnlyList<string>? Languages,
    IReadOnlyList<TimeSlot>? Availability,
    string? Contact);

public sealed record RecordConsent(string? Notice, DateOnly? GivenOn);

public sealed record MoveParticipant(Guid? GroupId);

public sealed record RecordDeparture(string? Reason);

public sealed record AssessedLevel(string? Skill, int? Level);

/// <summary>Levels seen on one day from one source; the intake diagnostic is flagged as such.</summary>
public sealed record RecordAssessment(
    AssessmentSource? Source,
    string? Tool,
    DateOnly? AssessedOn,
    bool Intake,
    IReadOnlyList<AssessedLevel>? Levels);

public sealed record OfferHelp(string? Skill, int? Level);

public sealed record ReviewHelpOffer(int? Level);

public sealed record DeclareLearningNeed(string? Skill, NeedPriority? Priority, DateOnly? Deadline);
