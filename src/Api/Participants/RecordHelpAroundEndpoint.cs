namespace LivingLibrary.Api.Participants;

/// <summary>
/// "J'ai aidé quelqu'un": a participant says they helped someone around them, or a facilitator records it for them; one
/// endpoint for both (docs/adr/0026), the event's user telling who said it.
/// </summary>
public static class RecordHelpAroundEndpoint
{
    public static Task<SkillCatalogue> LoadAsync(IQuerySession session) => session.SkillCatalogueAsync();

    public static async Task<ProblemDetails> ValidateAsync(Participant participant, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(participant, user));

    [WolverinePost("/api/participants/{participantId}/helped-around"), Tags("Participants"),
     EndpointSummary("Record that a participant helped someone around them with an everyday task (never whom)")]
    [ForCallers(CallerKinds.OrganisationStaff | CallerKinds.Participant)]
    public static (Reply<Participant>, Events) Post(RecordHelpAround command, [WriteAggregate("participantId")] Participant participant,
        SkillCatalogue skills, TimeProvider clock) =>
        command.Decide(Guid.CreateVersion7(), participant, skills, clock.Today()).Reply<Participant>();
}
