using LivingLibrary.Api.Journal;
using LivingLibrary.Api.Participants;

namespace LivingLibrary.Api.Export;

public static class GetParticipantExportEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Participant participant, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(participant, user), user.Caller().MayExportPersonalData(participant.Id));

    [WolverineGet("/api/participants/{participantId}/export"), Tags("Privacy"), ForCallers(CallerKinds.OrganisationStaff | CallerKinds.Participant)]
    [EndpointSummary("All data about a participant, where it came from, who recorded and who read it: format json or page, language fr, nl or en (coordinators, and the participant themself)")]
    [Journalled(PersonalRead.Export, "participantId")]
    [ProducesResponseType<PersonalExport>(StatusCodes.Status200OK), AlsoAnswers(ExportFormats.Page)]
    public static async Task<IResult> Get([ReadAggregate("participantId")] Participant participant, string? format, string? language,
        IQuerySession session, ClaimsPrincipal user, TimeProvider clock, JournalRetention retention)
    {
        if (ExportFormats.Check(format, language) is { } refused) return Results.Problem(refused.ToProblem());
        var request = new ExportRequest(ExportFormats.LanguageOf(language), clock.GetUtcNow(), user.Caller().UserId, retention.Months);
        return await ExportFormats.WriteAsync(await session.OfParticipantAsync(participant, request), format, session);
    }
}
