using LivingLibrary.Api.Library;
using LivingLibrary.Api.Participants;
using LivingLibrary.Projections.Pairings;

namespace LivingLibrary.Api.Pairings;

public static class GetGroupPairingsEndpoint
{
    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MayRun(user.Caller()));

    /// <summary>The group's pairings under way (proposed and active), or those of one status.</summary>
    [WolverineGet("/api/groups/{groupId}/pairings"), Tags("Pairings"), EndpointSummary("A group's pairings: under way by default, or of one status")]
    public static async Task<IReadOnlyList<PairingSummary>> Get([ReadAggregate("groupId")] Group group, IQuerySession session, PairingStatus? status)
    {
        var query = session.Query<Pairing>().Where(p => p.GroupId == group.Id);
        var pairings = await (status is { } only
            ? query.Where(p => p.Status == only)
            : query.Where(p => p.Status == PairingStatus.Proposed || p.Status == PairingStatus.Active)).ToListAsync();
        return PairingViews.Summaries(pairings, await session.PeopleAsync(pairings));
    }
}

public static class GetHelperLoadEndpoint
{
    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MayRun(user.Caller()));

    [WolverineGet("/api/groups/{groupId}/helper-load"), Tags("Pairings"), EndpointSummary("Each helper of the group: helping now, proposed, capacity")]
    public static async Task<IReadOnlyList<HelperLoad>> Get([ReadAggregate("groupId")] Group group, IQuerySession session)
    {
        var people = await session.GroupParticipantsAsync(group.Id, asOf: null);
        return PairingViews.Loads(people, await session.PairingsOfAsync([.. people.Select(p => p.Id)]));
    }
}

public static class GetOpenNeedsEndpoint
{
    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MayRun(user.Caller()));

    [WolverineGet("/api/groups/{groupId}/unmatched-needs"), Tags("Pairings"), EndpointSummary("The board of needs no pairing takes care of, and why")]
    public static async Task<IReadOnlyList<OpenNeed>> Get([ReadAggregate("groupId")] Group group, IQuerySession session)
    {
        var people = await session.GroupParticipantsAsync(group.Id, asOf: null);
        var latest = await session.Query<SuggestionRecord>().Where(s => s.GroupIds.Contains(group.Id))
            .OrderByDescending(s => s.Id).FirstOrDefaultAsync();
        return PairingViews.OpenNeeds(people, await session.PairingsOfAsync([.. people.Select(p => p.Id)]), latest);
    }
}

public static class GetParticipantPairingsEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Participant participant, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(participant, user));

    [WolverineGet("/api/participants/{participantId}/pairings"), Tags("Pairings"), EndpointSummary("A participant's pairings, as learner and as helper")]
    public static async Task<IReadOnlyList<PairingSummary>> Get([ReadAggregate("participantId")] Participant participant, IQuerySession session)
    {
        var pairings = await session.PairingsOfAsync([participant.Id]);
        return PairingViews.Summaries(pairings, await session.PeopleAsync(pairings));
    }
}

public static class GetPairingStatsEndpoint
{
    public static ProblemDetails Validate(ClaimsPrincipal user) => Problems.FirstOf(user.Caller().MaySeeTheWholeOrganisation());

    [WolverineGet("/api/pairings/stats"), Tags("Pairings"), EndpointSummary("Per group: pairings started, lasted and ended well (coordinators)")]
    public static async Task<IReadOnlyList<GroupPairingStats>> Get(IQuerySession session) =>
        PairingViews.Stats(await session.Query<Pairing>().ToListAsync());
}
