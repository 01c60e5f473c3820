namespace LivingLibrary.Api.Pairings;

/// <summary>A session of one's own pairing, marked when one logged it oneself.</summary>
public sealed record MySession(Guid Id, DateOnly HeldOn, int DurationMinutes, string WorkedOn, bool ByMe);

/// <summary>
/// One of a participant's pairings as they see it (docs/adr/0026): which side they are on, the other person's first name, the
/// task, whether each has said yes, the sessions, and where and when they can meet: the group's place and the weekly
/// moments both are free (no session is planned ahead in a pairing; its sessions are logged once held).
/// </summary>
public sealed record MyPairing(Guid Id, PairingStatus Status, Party Me, string With, string Skill, bool ISaidYes, bool TheySaidYes,
    DateOnly ProposedOn, DateOnly? StartedOn, IReadOnlyList<MySession> Sessions, string? Place, IReadOnlyList<TimeSlot> BothFree);

public static class GetMyPairingsEndpoint
{
    [WolverineGet("/api/me/pairings"), Tags("Pairings"), EndpointSummary("The caller's own pairings, as learner and as helper, newest first")]
    [ForCallers(CallerKinds.Participant)]
    [ProducesResponseType<IReadOnlyList<MyPairing>>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(ClaimsPrincipal user, IQuerySession session) =>
        await ReadAsync(session, user.Caller()) is { } mine ? Results.Ok(mine) : Results.Problem(Refusal.NotFound(Thing.Participant).ToProblem());

    /// <summary>The participant's pairings, or null when they are no longer there (erased). The page reads them here too.</summary>
    public static async Task<IReadOnlyList<MyPairing>?> ReadAsync(IQuerySession session, Caller caller)
    {
        if (caller.ParticipantId is not { } me || await session.LoadAsync<Participant>(me) is not { IsErased: false } participant) return null;
        var pairings = await session.PairingsOfAsync([me]);
        var people = await session.PeopleAsync(pairings);
        var groups = (await session.LoadManyAsync<Group>(pairings.Select(p => p.GroupId).Distinct())).ToDictionary(g => g.Id);
        var mine = new List<MyPairing>();
        foreach (var pairing in pairings.OrderByDescending(p => p.ProposedOn).ThenBy(p => p.Id))
        {
            var side = caller.PartyIn(pairing)!.Value;
            var other = people.GetValueOrDefault(side == Party.Learner ? pairing.HelperId : pairing.LearnerId);
            var byThemselves = await session.ByThemselvesAsync(pairing);
            mine.Add(new MyPairing(pairing.Id, pairing.Status, side, FirstName(other), pairing.Skill,
                pairing.AcceptedBy.Contains(side), pairing.AcceptedBy.Contains(side == Party.Learner ? Party.Helper : Party.Learner),
                pairing.ProposedOn, pairing.StartedOn,
                [.. pairing.Sessions.OrderByDescending(s => s.HeldOn).Select(s => new MySession(s.Id, s.HeldOn, s.DurationMinutes, s.WorkedOn,
                    side == Party.Helper && byThemselves.Sessions.Contains(s.Id)))],
                groups.GetValueOrDefault(pairing.GroupId)?.Place,
                [.. participant.Availability.Intersect(other?.Availability ?? []).OrderBy(t => t.Day == DayOfWeek.Sunday ? 7 : (int)t.Day).ThenBy(t => t.Part)]));
        }
        return mine;
    }

    /// <summary>The first word of the name the group knows them by, as the participant's home greets them.</summary>
    private static string FirstName(Participant? person) => person?.Person.DisplayName.Split(' ', 2)[0] ?? "";
}
