using System.ComponentModel.DataAnnotations;
namespace LivingLibrary.Domain.Participants;

// Each command with its decision: the fields it needs (400), what the participant's state allows
// (404 for an offer or a need they do not have, 409), and the events it appends.

/// <summary>Which notice, in which version (the first when not given), and the day the person agreed to it.</summary>
public sealed record GivenConsent([Required] string? Notice, [Required] DateOnly? GivenOn, int? Version = null)
{
    public Consent Given() => new(Notice!, GivenOn!.Value, Version ?? Consent.FirstVersion);
}

/// <summary>A display name or pseudonym and the consent are required; nothing else is.</summary>
public sealed record EnrolParticipant(
    [Required] string? DisplayName,
    IReadOnlyList<string>? Languages,
    IReadOnlyList<TimeSlot>? Availability,
    string? Contact,
    [Required] GivenConsent? Consent)
{
    public Refusal? Check(DateOnly today) =>
        new Fields()
            .Person(DisplayName, Contact, Languages, Availability)
            .Check("consent", Consent is not null, Says.ConsentRequired)
            .Consent("consent.", Consent?.Notice, Consent?.Version, Consent?.GivenOn, today, required: Consent is not null)
            .Refusal();

    /// <summary>The enrolment itself; used once <see cref="Decide"/> or an import's own checks accepted the command.</summary>
    public ParticipantEnrolled Enrolled(Guid participantId, Guid groupId) =>
        new(participantId, groupId, new PersonalDetails(DisplayName!, Fields.Blank(Contact)), [.. (Languages ?? []).Distinct()],
            [.. (Availability ?? []).Distinct()], Consent!.Given());

    public Decision Decide(Guid participantId, Group group, DateOnly today) =>
        Refusals.FirstOf(Check(today), group.IsOpen()) ?? Decision.Append(Enrolled(participantId, group.Id));
}

public sealed record UpdateParticipantDetails(
    [Required] string? DisplayName,
    IReadOnlyList<string>? Languages,
    IReadOnlyList<TimeSlot>? Availability,
    string? Contact)
{
    public Decision Decide(Participant p)
    {
        if (Refusals.FirstOf(new Fields().Person(DisplayName, Contact, Languages, Availability).Refusal(), p.IsActive()) is { } refused)
            return refused;
        var updated = new ParticipantDetailsUpdated(p.Id, new PersonalDetails(DisplayName!, Fields.Blank(Contact)),
            [.. (Languages ?? []).Distinct()], [.. (Availability ?? []).Distinct()]);
        return updated.Person == p.Person && updated.Languages.SequenceEqual(p.Languages) && updated.Availability.SequenceEqual(p.Availability)
            ? Decision.Nothing
            : Decision.Append(updated);
    }
}

/// <summary>Consent to a (new version of a) notice; after a withdrawal, it is how the person consents again.</summary>
public sealed record RecordConsent([Required] string? Notice, [Required] DateOnly? GivenOn, int? Version = null)
{
    public Decision Decide(Participant p, DateOnly today) =>
        Refusals.FirstOf(
            new Fields()
                .Consent("", Notice, Version, GivenOn, today)
                .Check("givenOn", GivenOn is null || p.ConsentWithdrawnOn is not { } withdrawn || GivenOn >= withdrawn,
                    Says.NotBeforeWithdrawal(p.ConsentWithdrawnOn))
                .Refusal(),
            p.IsActive())
        ?? Decision.Append(new ConsentRecorded(p.Id, new GivenConsent(Notice, GivenOn, Version).Given()));
}

/// <summary>
/// The person takes their consent back, on a day (today unless given). Whoever has left may still do it.
/// Withdrawn already, it changes nothing: the first day stays.
/// </summary>
public sealed record WithdrawConsent(DateOnly? On)
{
    public Decision Decide(Participant p, DateOnly today) =>
        Refusals.FirstOf(
            new Fields()
                .Happened("on", On, today)
                .Check("on", On is null || On >= p.Consent.GivenOn, Says.NotBeforeConsent(p.Consent.GivenOn))
                .Refusal())
        ?? (p.Consents ? Decision.Append(new ConsentWithdrawn(p.Id, On ?? today)) : Decision.Nothing);
}

/// <summary>
/// Moving someone takes running both groups (checked by the caller's access); the target must be open. <paramref name="On"/>:
/// the day they moved, when typed in later (docs/adr/0031); by default the day it is recorded.
/// </summary>
public sealed record MoveParticipant([Required] Guid? GroupId, DateOnly? On = null)
{
    public Decision Decide(Participant p, Group? target, DateOnly today) =>
        Refusals.FirstOf(
            new Fields()
                .Check("groupId", GroupId is not null, Says.Required)
                .Check("groupId", GroupId is null || target is not null, Says.NotAGroupOfYours)
                .Check("groupId", GroupId != p.GroupId, Says.AlreadyTheGroup)
                .Happened("on", On, today)
                .Refusal(),
            p.IsActive(),
            target?.IsOpen())
        ?? Decision.Append(new ParticipantMoved(p.Id, p.GroupId, target!.Id, On));
}

/// <summary>That someone left their group; <paramref name="On"/> as in <see cref="MoveParticipant"/>.</summary>
public sealed record RecordDeparture(string? Reason, DateOnly? On = null)
{
    public Decision Decide(Participant p, DateOnly today) =>
        Refusals.FirstOf(new Fields().Text("reason", Reason, ParticipantRules.ReasonMax, required: false).Happened("on", On, today).Refusal(), p.IsActive())
        ?? Decision.Append(new ParticipantLeft(p.Id, p.GroupId, Fields.Blank(Reason), On));
}

public sealed record AssessedLevel([Required] string? Skill, [Required] int? Level);

/// <summary>Levels seen on one day from one source; the intake diagnostic is flagged as such.</summary>
public sealed record RecordAssessment(
    [Required] AssessmentSource? Source,
    string? Tool,
    [Required] DateOnly? AssessedOn,
    bool Intake,
    [Required] IReadOnlyList<AssessedLevel>? Levels)
{
    public Refusal? Check(SkillCatalogue skills, DateOnly today) =>
        new Fields().Sitting(Source, Tool, AssessedOn, today).Levels("levels", Levels, skills).Refusal();

    /// <summary>One event per level, so that the history is the progress.</summary>
    public IEnumerable<SkillAssessed> Assessed(Guid participantId, Guid groupId) =>
        Levels!.Select(l => new SkillAssessed(participantId, groupId, l.Skill!, l.Level!.Value, Source!.Value,
            Source == AssessmentSource.ExternalTool ? Tool : null, AssessedOn!.Value, Intake));

    public Decision Decide(Participant p, SkillCatalogue skills, DateOnly today) =>
        Refusals.FirstOf(Check(skills, today), p.IsActive()) ?? Decision.Append(Assessed(p.Id, p.GroupId));
}

/// <summary>One person's row of a group's assessment.</summary>
public sealed record PersonAssessed([Required] Guid? ParticipantId, [Required] IReadOnlyList<AssessedLevel>? Levels);

/// <summary>
/// Levels seen in one group on one day from one source, for several people at once (the intake grid): recorded for
/// every person or, when one row is refused, for none. Each row is decided as <see cref="RecordAssessment"/> decides it.
/// </summary>
public sealed record RecordGroupAssessments(
    [Required] AssessmentSource? Source,
    string? Tool,
    [Required] DateOnly? AssessedOn,
    bool Intake,
    [Required] IReadOnlyList<PersonAssessed>? People)
{
    public Refusal? Check(SkillCatalogue skills, DateOnly today)
    {
        var fields = new Fields().Sitting(Source, Tool, AssessedOn, today)
            .Check("people", People is { Count: > 0 }, Says.PeopleRequired)
            .Check("people", People is null || People.Count <= ParticipantRules.PeoplePerAssessmentMax,
                Says.TooManyPeople(ParticipantRules.PeoplePerAssessmentMax));
        var people = People ?? [];
        for (var i = 0; i < people.Count; i++)
            fields.Check($"people[{i}].participantId", people[i]?.ParticipantId is not null, Says.Required)
                .Levels($"people[{i}].levels", people[i]?.Levels, skills);
        return fields.Check("people", people.Where(p => p?.ParticipantId is not null).GroupBy(p => p.ParticipantId).All(g => g.Count() == 1),
            Says.PersonTwice).Refusal();
    }

    /// <param name="named">The participants the rows name, as found in the organisation (a row naming nobody of the group is not found).</param>
    /// <returns>Each person's decision, or the first refusal (and then no person's events).</returns>
    public (Refusal? Refusal, IReadOnlyList<(Participant Participant, Decision Decision)> People) Decide(Group group,
        IReadOnlyCollection<Participant> named, SkillCatalogue skills, DateOnly today)
    {
        if (Check(skills, today) is { } invalid) return (invalid, []);
        var decided = new List<(Participant, Decision)>();
        foreach (var row in People!)
        {
            if (named.FirstOrDefault(p => p.Id == row.ParticipantId && p.GroupId == group.Id) is not { } participant)
                return (Refusal.NotFound(Thing.ParticipantInGroup), []);
            var decision = new RecordAssessment(Source, Tool, AssessedOn, Intake, row.Levels).Decide(participant, skills, today);
            if (decision.Refusal is { } refused) return (refused, []);
            decided.Add((participant, decision));
        }
        return (null, decided);
    }
}

/// <summary>Offering again at another level replaces the offer (and its confirmation); at the same level it changes nothing.</summary>
public sealed record OfferHelp([Required] string? Skill, [Required] int? Level)
{
    public Decision Decide(Participant p, SkillCatalogue skills) =>
        Refusals.FirstOf(new Fields().Skill("skill", Skill, skills).Level("level", Level).Refusal(), p.IsActive())
        ?? (p.Offers.FirstOrDefault(o => o.Skill == Skill)?.ClaimedLevel == Level
            ? Decision.Nothing
            : Decision.Append(new HelpOffered(p.Id, Skill!, Level!.Value)));
}

/// <summary>After seeing the person help, a facilitator confirms the level of the offer, or corrects it.</summary>
public sealed record ReviewHelpOffer(int? Level)
{
    public Decision Decide(Participant p, string skill) =>
        Refusals.FirstOf(p.HasOffer(skill), new Fields().Level("level", Level).Refusal(), p.IsActive())
        ?? Decision.Append(new HelpOfferReviewed(p.Id, skill, Level!.Value));
}

public sealed record WithdrawHelpOffer(string Skill)
{
    public Decision Decide(Participant p) =>
        Refusals.FirstOf(p.HasOffer(Skill), p.IsActive()) ?? Decision.Append(new HelpOfferWithdrawn(p.Id, Skill));
}

public sealed record DeclareLearningNeed([Required] string? Skill, [Required] NeedPriority? Priority, DateOnly? Deadline)
{
    public Refusal? Check(SkillCatalogue skills, DateOnly today) =>
        new Fields().Skill("skill", Skill, skills).Choice("priority", Priority).Planned("deadline", Deadline, today).Refusal();

    public Decision Decide(Participant p, Guid needId, SkillCatalogue skills, DateOnly today, Guid? fromCaseId = null) =>
        Refusals.FirstOf(
            Check(skills, today),
            p.IsActive(),
            p.HasNoNeedFor(Skill))
        ?? Decision.Append(new LearningNeedDeclared(p.Id, needId, Skill!, Priority!.Value, Deadline, fromCaseId));
}

public sealed record WithdrawLearningNeed(Guid NeedId)
{
    public Decision Decide(Participant p) =>
        Refusals.FirstOf(p.HasNeed(NeedId), p.IsActive()) ?? Decision.Append(new LearningNeedWithdrawn(p.Id, NeedId));
}
