using LivingLibrary.Api.Participants;

namespace LivingLibrary.Api.Privacy;

public static class EraseParticipantEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Participant participant, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(participant, user), user.Caller().MayErase());

    /// <summary>
    /// The erasure is recorded first, and the snapshot forgets the person with it; then their words are masked in every
    /// stream that holds them. Sent again, it records nothing more and masks again.
    /// </summary>
    [WolverinePost("/api/participants/{participantId}/erase"), Tags("Privacy")]
    [EndpointSummary("Erase a participant's personal data everywhere, keeping what happened for the statistics (coordinators)")]
    [ProducesResponseType<Versioned>(StatusCodes.Status200OK)]
    public static async Task<IResult> Post(ErasePerson command, [ReadAggregate("participantId")] Participant participant, ClaimsPrincipal user,
        IDocumentStore store, ForgetList forgetList, HttpResponse response, TimeProvider clock)
    {
        if (command.Check() is { } refused) return Results.Problem(refused.ToProblem());
        var organisation = user.Caller().OrganisationId;
        await store.EraseAsync(forgetList, organisation, PersonKind.Participant, participant.Id, command.Reason!.Value, clock.Today());
        await using var session = store.QuerySession(organisation);
        var version = (await session.Events.FetchStreamStateAsync(participant.Id))!.Version;
        response.Headers.ETag = Versions.ETag(version);
        return Results.Json(new Versioned(participant.Id, version));
    }
}
