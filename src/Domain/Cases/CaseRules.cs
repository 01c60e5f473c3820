using LivingLibrary.Domain.DropIns;

namespace LivingLibrary.Domain.Cases;

/// <summary>Who may see a case, what its state allows, and the bounds of its fields. Pure functions.</summary>
public static class CaseRules
{
    public const int GoalMax = 1_000;
    public const int NoteMax = 1_000;
    public const int StepMax = 300;
    public const int MaxSteps = 20;
    public const int ReasonMax = 500;
    public const int MaxSkills = 10;
    public const int MaxHelpers = 20;
    public const int MaxMinutes = 600;
    public const int PseudonymMax = 60;
    public const int PostcodeAreaMax = 40;
    public const int ContactMax = 200;

    /// <summary>
    /// A case is seen by whoever may see where it came from: its group, or its drop-in desk; and by the participant it is
    /// for, on the routes open to them (docs/adr/0026).
    /// </summary>
    public static Refusal? MaySee(this ProblemCase problem, Caller caller, Group? group, DropInDesk? desk) =>
        caller.IsParticipant ? (problem.ParticipantId is { } person && person == caller.ParticipantId ? null : Missing)
        : (problem.GroupId is not null ? group is not null && group.MaySee(caller) is null : desk.MaySee(caller) is null) ? null : Missing;

    /// <summary>
    /// Who may post a case in a group: its staff, for any of its participants; a participant, for themself in their own
    /// group only (docs/adr/0026); to them anything else does not exist.
    /// </summary>
    public static Refusal? MayPostCaseFor(this Group group, Caller caller, Guid? participantId, Participant? participant) =>
        !caller.IsParticipant ? group.MayRun(caller)
        : caller.ParticipantId is { } me && participantId == me && participant is { } p && p.Id == me && p.GroupId == group.Id ? null
        : Refusal.NotFound(Thing.Group);

    public static Refusal? IsOpen(this ProblemCase problem) =>
        problem.Status switch
        {
            CaseStatus.Open => null,
            CaseStatus.Resolved => Refusal.Conflict(Says.CaseResolvedReopenFirst),
            CaseStatus.Referred => Refusal.Conflict(Says.CaseReferredReopenFirst),
            CaseStatus.Voided => Refusal.Conflict(Says.CaseVoided),
            _ => Refusal.Conflict(Says.CaseClosedReopenFirst),
        };

    /// <summary>A voided case takes no more commands (it is not reopened either).</summary>
    public static Refusal? IsNotVoided(this ProblemCase problem) => problem.Counts ? null : Refusal.Conflict(Says.CaseVoided);

    /// <summary>An accompaniment of this case, counted or voided; another id is not found.</summary>
    public static Refusal? HasAccompaniment(this ProblemCase problem, Guid accompanimentId) =>
        problem.Accompaniments.Any(a => a.AccompanimentId == accompanimentId) || problem.VoidedAccompaniments.Contains(accompanimentId)
            ? null
            : Refusal.NotFound(Thing.Accompaniment);

    /// <summary>A voided accompaniment is neither corrected nor voided again.</summary>
    public static Refusal? AccompanimentCounts(this ProblemCase problem, Guid accompanimentId) =>
        problem.VoidedAccompaniments.Contains(accompanimentId) ? Refusal.Conflict(Says.AlreadyVoided) : null;

    private static readonly Refusal Missing = Refusal.NotFound(Thing.Case);

    internal static Fields Details(this Fields fields, string? goal, string? service, string? difficulty, IReadOnlyList<string>? skills,
        Urgency? urgency, DateOnly? dueOn, ServiceList services, SkillCatalogue catalogue, DateOnly today) =>
        fields
            .Text("goal", goal, GoalMax)
            .Classified(service, difficulty, skills, services, catalogue)
            .Choice("urgency", urgency, required: false)
            .Planned("dueOn", dueOn, today);

    /// <summary>The service, the kind of difficulty and the skills: codes of the reference lists, the valid ones named.</summary>
    internal static Fields Classified(this Fields fields, string? service, string? difficulty, IReadOnlyList<string>? skills,
        ServiceList services, SkillCatalogue catalogue) =>
        fields
            .Check("service", services.IsKnown(service),
                service is null ? Says.ServiceRequired(services.All.Select(s => s.Code)) : Says.UnknownService(service, services.All.Select(s => s.Code)))
            .Check("difficulty", Difficulties.IsKnown(difficulty),
                difficulty is null ? Says.DifficultyRequired(Difficulties.Codes) : Says.NotADifficulty(difficulty, Difficulties.Codes))
            .Check("skills", skills is null || skills.Count <= MaxSkills, Says.TooManySkills(MaxSkills))
            .Check("skills", skills is null || skills.Count > MaxSkills || skills.All(catalogue.IsKnown),
                Says.UnknownSkills((skills ?? []).Where(s => !catalogue.IsKnown(s)).Take(3)));

    internal static Fields Steps(this Fields fields, string field, IReadOnlyList<string>? steps, bool required)
    {
        fields.Check(field, !required || steps is { Count: > 0 }, Says.StepsRequired)
            .Check(field, steps is null || steps.Count <= MaxSteps, Says.TooManySteps(MaxSteps));
        foreach (var step in (steps ?? []).Take(MaxSteps)) fields.Text(field, step, StepMax);
        return fields;
    }

    internal static Fields Day(this Fields fields, string field, DateOnly? day, DateOnly notBefore, DateOnly today) =>
        fields
            .Happened(field, day, today)
            .Check(field, day is null || day >= notBefore, Says.NotBeforePosted(notBefore));

    internal static CaseDetails ToDetails(string goal, string service, string difficulty, IReadOnlyList<string>? skills, Urgency? urgency, DateOnly? dueOn) =>
        new(goal, service, difficulty, [.. (skills ?? []).Distinct()], urgency ?? Urgency.Normal, dueOn);
}
