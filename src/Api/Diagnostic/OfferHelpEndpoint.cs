using LivingLibrary.Api.Participants;

namespace LivingLibrary.Api.Diagnostic;

public static class OfferHelpEndpoint
{
    public static Task<SkillCatalogue> LoadAsync(IQuerySession session) => session.SkillCatalogueAsync();

    public static async Task<ProblemDetails> ValidateAsync(Participant participant, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(participant, user));

    [WolverinePost("/api/participants/{participantId}/offers"), Tags("Diagnostic"), EndpointSummary("Record that a participant can help with a skill")]
    public static (Reply<Participant>, Events) Post(OfferHelp command, [WriteAggregate("participantId")] Participant participant, SkillCatalogue skills) =>
        command.Decide(participant, skills).Reply<Participant>();
}
