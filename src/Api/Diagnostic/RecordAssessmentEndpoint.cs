using LivingLibrary.Api.Participants;

namespace LivingLibrary.Api.Diagnostic;

public static class RecordAssessmentEndpoint
{
    public static Task<SkillCatalogue> LoadAsync(IQuerySession session) => session.SkillCatalogueAsync();

    public static async Task<ProblemDetails> ValidateAsync(Participant participant, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(participant, user));

    [WolverinePost("/api/participants/{participantId}/assessments"), Tags("Diagnostic"), EndpointSummary("Record levels seen in a diagnostic or assessment")]
    public static (Reply<Participant>, Events) Post(RecordAssessment command, [WriteAggregate("participantId")] Participant participant, SkillCatalogue skills,
        TimeProvider clock) =>
        command.Decide(participant, skills, clock.Today()).Reply<Participant>();
}
