
namespace LivingLibrary.Domain.Participants;

/// <summary>Who may act on a participant, what their state allows, and the checks of their fields. Pure functions.</summary>
public static class ParticipantRules
{
    public const int DisplayNameMax = 80;
    public const int ContactMax = 200;
    public const int NoticeMax = 100;
    public const int NoticeVersionMax = 10_000;
    public const int ReasonMax = 500;
    public const int ToolMax = 60;
    public const int LevelsPerAssessmentMax = 60;
    public const int PeoplePerAssessmentMax = 200;

    /// <summary>A participant is seen through their current group: whoever may not see it may not learn they exist.</summary>
    public static Refusal? MayActOnParticipant(this Group? currentGroup, Caller caller) =>
        currentGroup is null || currentGroup.MaySee(caller) is not null ? Refusal.NotFound(Thing.Participant) : null;

    /// <summary>A participant acts only for themself (docs/adr/0026): anyone else does not exist to them.</summary>
    public static Refusal? MayActForThemself(this Caller caller, Guid participantId) =>
        caller.IsParticipant && caller.ParticipantId == participantId ? null : Refusal.NotFound(Thing.Participant);

    public static Refusal? IsActive(this Participant participant) =>
        participant.IsErased ? Refusal.Conflict(Says.ParticipantErased)
        : participant.HasLeft ? Refusal.Conflict(Says.ParticipantLeft) : null;

    /// <summary>While consent is withdrawn nothing new is recorded about the person (docs/adr/0012); what exists stays.</summary>
    public static Refusal? IsConsenting(this Participant participant, Func<DateOnly, Message>? withdrawn = null) =>
        participant.ConsentWithdrawnOn is { } on
            ? Refusal.Conflict((withdrawn ?? Says.ConsentWithdrawn)(on))
            : null;

    public static Refusal? HasOffer(this Participant participant, string skill) =>
        participant.Offers.Any(o => o.Skill == skill) ? null : Refusal.NotFound(Says.NoSuchOffer(skill));

    public static Refusal? HasNeed(this Participant participant, Guid needId) =>
        participant.Needs.Any(n => n.NeedId == needId) ? null : Refusal.NotFound(Thing.LearningNeed);

    public static Refusal? HasNoNeedFor(this Participant participant, string? skill) =>
        participant.Needs.Any(n => n.Skill == skill)
            ? Refusal.Conflict(Says.AlreadyWantsToLearn(skill))
            : null;

    internal static Fields Person(this Fields fields, string? displayName, string? contact,
        IReadOnlyList<string>? languages, IReadOnlyList<TimeSlot>? availability) =>
        fields
            .Text("displayName", displayName, DisplayNameMax)
            .Text("contact", contact, ContactMax, required: false)
            .Languages("languages", languages, required: false)
            .Check("availability", availability is null || availability.All(s => s is not null && Enum.IsDefined(s.Part) && Enum.IsDefined(s.Day)),
                Says.NotAMoment(Choices.NamesOf(typeof(DayOfWeek)), Choices.NamesOf(typeof(DayPart))));

    /// <summary>A notice's name and day are required; its version is optional and reads as the first, as in events stored before versions.</summary>
    internal static Fields Consent(this Fields fields, string prefix, string? notice, int? version, DateOnly? givenOn, DateOnly today,
        bool required = true) =>
        fields
            .Text(prefix + "notice", notice, NoticeMax, required)
            .Check(prefix + "version", version is null or >= Participants.Consent.FirstVersion and <= NoticeVersionMax,
                Says.NoticeVersion(Participants.Consent.FirstVersion, NoticeVersionMax))
            .Happened(prefix + "givenOn", givenOn, today, required);

    internal static Fields Skill(this Fields fields, string field, string? code, SkillCatalogue skills) =>
        fields.Check(field, skills.IsKnown(code), code is null ? Says.Required : Says.UnknownSkill(code));

    /// <summary>Who saw the levels, with what, and when: an assessment's sitting.</summary>
    internal static Fields Sitting(this Fields fields, AssessmentSource? source, string? tool, DateOnly? assessedOn, DateOnly today) =>
        fields
            .Choice("source", source)
            .Text("tool", tool, ToolMax, required: source == AssessmentSource.ExternalTool)
            .Happened("assessedOn", assessedOn, today, required: true);

    /// <summary>One to <see cref="LevelsPerAssessmentMax"/> levels, each of a known skill, no skill twice.</summary>
    internal static Fields Levels(this Fields fields, string field, IReadOnlyList<AssessedLevel>? levels, SkillCatalogue skills)
    {
        fields.Check(field, levels is { Count: > 0 }, Says.LevelsRequired)
            .Check(field, levels is null || levels.Count <= LevelsPerAssessmentMax, Says.TooManyLevels(LevelsPerAssessmentMax));
        var all = levels ?? [];
        for (var i = 0; i < all.Count; i++)
            fields.Skill($"{field}[{i}].skill", all[i]?.Skill, skills).Level($"{field}[{i}].level", all[i]?.Level);
        return fields.Check(field, all.Where(l => l?.Skill is not null).GroupBy(l => l.Skill).All(g => g.Count() == 1), Says.SkillTwice);
    }

    internal static Fields Level(this Fields fields, string field, int? level) =>
        fields.Check(field, level is not null && DigComp.IsLevel(level.Value), Says.LevelOutOfRange(DigComp.MinLevel, DigComp.MaxLevel));
}
