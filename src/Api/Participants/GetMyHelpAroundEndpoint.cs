namespace LivingLibrary.Api.Participants;

public static class GetMyHelpAroundEndpoint
{
    [WolverineGet("/api/me/helped-around"), Tags("Participants"), EndpointSummary("The times the caller said they helped someone around them, newest first")]
    [ForCallers(CallerKinds.Participant)]
    [ProducesResponseType<IReadOnlyList<HelpAroundEntry>>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(ClaimsPrincipal user, IQuerySession session) =>
        await ReadAsync(session, user.Caller()) is { } mine ? Results.Ok(mine) : Results.Problem(Refusal.NotFound(Thing.Participant).ToProblem());

    /// <summary>The participant's entries, or null when they are no longer there (erased). The page reads them here too.</summary>
    public static async Task<IReadOnlyList<HelpAroundEntry>?> ReadAsync(IQuerySession session, Caller caller) =>
        caller.ParticipantId is { } me && await session.LoadAsync<Participant>(me) is { IsErased: false }
            ? HelpAroundEntry.Of(me, await session.Events.FetchStreamAsync(me))
            : null;
}
