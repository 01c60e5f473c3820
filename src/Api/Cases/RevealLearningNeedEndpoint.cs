namespace LivingLibrary.Api.Cases;

public static class RevealLearningNeedEndpoint
{
    public static async Task<(Participant?, SkillCatalogue)> LoadAsync(ProblemCase problem, IQuerySession session) =>
        (problem.ParticipantId is { } id ? await session.LoadAsync<Participant>(id) : null, await session.SkillCatalogueAsync());

    public static async Task<ProblemDetails> ValidateAsync(ProblemCase problem, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(problem, user));

    /// <summary>
    /// The need is appended to the participant's stream at the version just read (like a helper's place,
    /// docs/adr/0006), the link to the case's; the answer's createdId is the need's id.
    /// </summary>
    [WolverinePost("/api/cases/{caseId}/learning-needs"), Tags("Cases"), EndpointSummary("Record what the person wants to learn, as revealed by the case")]
    public static (Reply<ProblemCase>, Events, IMartenOp) Post(RevealLearningNeed command, [WriteAggregate("caseId")] ProblemCase problem,
        Participant? participant, SkillCatalogue skills, TimeProvider clock)
    {
        var needId = Guid.CreateVersion7();
        var (onCase, onParticipant) = command.Decide(problem, participant, needId, skills, clock.Today());
        var (reply, events) = onCase.Reply<ProblemCase>(needId);
        return (reply, events, participant is null ? MartenOps.Nothing() : onParticipant.AppendAt(participant.Id, participant.Version));
    }
}
