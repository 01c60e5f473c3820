using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.Groups;

namespace LivingLibrary.Domain.Participants;

/// <summary>Who may act on a participant, and which commands are well-formed and allowed. Pure functions.</summary>
public static class ParticipantRules
{
    public const int DisplayNameMax = 80;
    public const int ContactMax = 200;
    public const int NoticeMax = 100;
    public const int ReasonMax = 500;
    public const int ToolMax = 60;
    public const int LevelsPerAssessmentMax = 60;

    /// <summary>A participant is seen through their current group: whoever may not see it may not learn they exist.</summary>
    public static Refusal? MayActOnParticipant(this Group? currentGroup, Caller caller) =>
        currentGroup is null || currentGroup.MaySee(caller) is not null ? Refusal.NotFound("There is no such participant.") : null;

    /// <summary>Enrolling into (or moving into) a group needs someone who runs it, and an open group.</summary>
    public static Refusal? MayReceiveParticipants(this Group group, Caller caller) => group.MayRun(caller) ?? group.IsOpen();

    public static Refusal? IsActive(this Participant participant) =>
        participant.HasLeft ? Refusal.Conflict("The participant has left the group.") : null;

    public static Refusal? Check(EnrolParticipant c) =>
        new Fields()
            .Person(c.DisplayName, c.Contact, c.Languages, c.Availability)
            .Check("consent", c.Consent is not null, "is required: which notice the person agreed to, and when.")
            .Text("consent.notice", c.Consent?.Notice, NoticeMax, required: c.Consent is not null)
            .Check("consent.givenOn", c.Consent is null || c.Consent.GivenOn is not null, "is required.")
            .Refusal();

    public static Refusal? Check(UpdateParticipantDetails c) =>
        new Fields().Person(c.DisplayName, c.Contact, c.Languages, c.Availability).Refusal();

    public static Refusal? Check(RecordConsent c) =>
        new Fields()
            .Text("notice", c.Notice, NoticeMax)
            .Check("givenOn", c.GivenOn is not null, "is required.")
            .Refusal();

    public static Refusal? Check(RecordDeparture c) =>
        new Fields().Text("reason", c.Reason, ReasonMax, required: false).Refusal();

    public static Refusal? Check(MoveParticipant c, Participant participant) =>
        new Fields()
            .Check("groupId", c.GroupId is not null, "is required.")
            .Check("groupId", c.GroupId != participant.GroupId, "is already the participant's group.")
            .Refusal();

    public static Refusal? Check(RecordAssessment c, SkillCatalogue skills)
    {
        var fields = new Fields()
            .Check("source", c.Source is not null, "is required: selfAssessed, observedByFacilitator or externalTool.")
            .Text("tool", c.Tool, ToolMax, required: c.Source == AssessmentSource.ExternalTool)
            .Check("assessedOn", c.AssessedOn is not null, "is required.")
            .Check("levels", c.Levels is { Count: > 0 }, "needs at least one level.")
            .Check("levels", c.Levels is null || c.Levels.Count <= LevelsPerAssessmentMax, $"can hold at most {LevelsPerAssessmentMax} levels.");
        var levels = c.Levels ?? [];
        for (var i = 0; i < levels.Count; i++)
            fields.Skill($"levels[{i}].skill", levels[i]?.Skill, skills).Level($"levels[{i}].level", levels[i]?.Level);
        fields.Check("levels", levels.Where(l => l?.Skill is not null).GroupBy(l => l.Skill).All(g => g.Count() == 1),
            "names a skill more than once.");
        return fields.Refusal();
    }

    public static Refusal? Check(OfferHelp c, SkillCatalogue skills) =>
        new Fields().Skill("skill", c.Skill, skills).Level("level", c.Level).Refusal();

    public static Refusal? Check(ReviewHelpOffer c) => new Fields().Level("level", c.Level).Refusal();

    public static Refusal? Check(DeclareLearningNeed c, SkillCatalogue skills) =>
        new Fields()
            .Skill("skill", c.Skill, skills)
            .Check("priority", c.Priority is not null, "is required: low, normal or high.")
            .Refusal();

    public static Refusal? HasOffer(this Participant participant, string skill) =>
        participant.Offers.Any(o => o.Skill == skill) ? null : Refusal.NotFound($"The participant offers no help with {skill}.");

    public static Refusal? HasNeed(this Participant participant, Guid needId) =>
        participant.Needs.Any(n => n.NeedId == needId) ? null : Refusal.NotFound("The participant has no such learning need.");

    public static Refusal? HasNoNeedFor(this Participant participant, string? skill) =>
        participant.Needs.Any(n => n.Skill == skill)
            ? Refusal.Conflict($"The participant already wants to learn {skill}; withdraw that need first to change it.")
            : null;

    private static Fields Person(this Fields fields, string? displayName, string? contact,
        IReadOnlyList<string>? languages, IReadOnlyList<TimeSlot>? availability) =>
        fields
            .Text("displayName", displayName, DisplayNameMax)
            .Text("contact", contact, ContactMax, required: false)
            .Languages("languages", languages, required: false)
            .Check("availability", availability is null || availability.All(s => s is not null && Enum.IsDefined(s.Part) && Enum.IsDefined(s.Day)),
                "holds a moment that is not a weekday and a part of the day.");

    private static Fields Skill(this Fields fields, string field, string? code, SkillCatalogue skills) =>
        fields.Check(field, skills.IsKnown(code), code is null ? "is required." : $"'{code}' is neither a DigComp competence (1.1 to 5.4) nor a known task.");

    private static Fields Level(this Fields fields, string field, int? level) =>
        fields.Check(field, level is not null && DigComp.IsLevel(level.Value), $"must be a DigComp level from {DigComp.MinLevel} to {DigComp.MaxLevel}.");
}
