using LivingLibrary.Api.Participants;

namespace LivingLibrary.Api.Diagnostic;

public static class DeclareLearningNeedEndpoint
{
    public static Task<SkillCatalogue> LoadAsync(IQuerySession session) => session.SkillCatalogueAsync();

    public static async Task<ProblemDetails> ValidateAsync(Participant participant, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(participant, user));

    /// <summary>The answer's createdId is the new need's id.</summary>
    [WolverinePost("/api/participants/{participantId}/needs"), Tags("Diagnostic"), EndpointSummary("Record that a participant wants to learn a skill")]
    public static (Reply<Participant>, Events) Post(DeclareLearningNeed command, [WriteAggregate("participantId")] Participant participant, SkillCatalogue skills,
        TimeProvider clock)
    {
        var needId = Guid.CreateVersion7();
        return command.Decide(participant, needId, skills, clock.Today()).Reply<Participant>(createdId: needId);
    }
}
