namespace LivingLibrary.Api.Diagnostic;

/// <summary>What a group's assessment found to decide on: the participants its rows name, and the organisation's tasks.</summary>
public sealed record GroupAssessmentInputs(IReadOnlyList<Participant> Named, SkillCatalogue Skills);

/// <summary>The people assessed, and how many levels were recorded for them in all.</summary>
public sealed record GroupAssessed(Guid GroupId, IReadOnlyList<Guid> ParticipantIds, int Levels);

public static class RecordGroupAssessmentsEndpoint
{
    public static async Task<GroupAssessmentInputs> LoadAsync(RecordGroupAssessments command, IQuerySession session) =>
        new(await session.LoadManyAsync<Participant>([.. (command.People ?? []).Select(p => p?.ParticipantId).OfType<Guid>().Distinct()]),
            await session.SkillCatalogueAsync());

    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MayRun(user.Caller()));

    /// <summary>
    /// Every person's levels in one transaction, each appended to their stream at the version it was read at: one row
    /// refused, or one person changed meanwhile, and nothing is recorded for anyone.
    /// </summary>
    [WolverinePost("/api/groups/{groupId}/assessments"), Tags("Diagnostic")]
    [EndpointSummary("Record levels seen in a group on one day for several participants at once (the intake grid)")]
    [ProducesResponseType<GroupAssessed>(StatusCodes.Status200OK)]
    public static (IResult, IMartenOp) Post(RecordGroupAssessments command, [ReadAggregate("groupId")] Group group, GroupAssessmentInputs inputs,
        TimeProvider clock)
    {
        var (refusal, people) = command.Decide(group, inputs.Named, inputs.Skills, clock.Today());
        if (refusal is not null) return (Results.Problem(refusal.ToProblem()), MartenOps.Nothing());
        return (Results.Json(new GroupAssessed(group.Id, [.. people.Select(p => p.Participant.Id)], people.Sum(p => p.Decision.Events.Count))),
            Replies.All(people.Select(p => p.Decision.AppendAt(p.Participant.Id, p.Participant.Version))));
    }
}
