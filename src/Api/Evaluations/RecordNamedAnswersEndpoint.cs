namespace LivingLibrary.Api.Evaluations;

public static class RecordNamedAnswersEndpoint
{
    /// <summary>Staff record anyone of the group's answers; a participant only their own, in their own group (docs/adr/0026).</summary>
    public static async Task<ProblemDetails> ValidateAsync(RecordNamedAnswers command, Campaign campaign, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(user.Caller() is { IsParticipant: true } caller
            ? campaign.MayAnswerByName(caller, await session.LoadAsync<Participant>(caller.ParticipantId!.Value), command.ParticipantId)
            : await session.MayActOnAsync(campaign, user));

    [WolverinePost("/api/campaigns/{campaignId}/answers"), Tags("Evaluations"), ForCallers(CallerKinds.OrganisationStaff | CallerKinds.Participant)]
    [EndpointSummary("Record a named participant's answers (typed in from paper, or with them; a participant, their own)")]
    public static async Task<(Reply<Campaign>, Events)> Post(RecordNamedAnswers command, [WriteAggregate("campaignId")] Campaign campaign,
        IQuerySession session, TimeProvider clock) =>
        command.Decide(campaign, command.ParticipantId is { } id ? await session.LoadAsync<Participant>(id) : null, clock.Today()).Reply<Campaign>();
}
