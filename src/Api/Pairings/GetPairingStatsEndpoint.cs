using LivingLibrary.Projections.Library;
using LivingLibrary.Projections.Pairings;

namespace LivingLibrary.Api.Pairings;

public static class GetPairingStatsEndpoint
{
    public static ProblemDetails Validate(ClaimsPrincipal user) => Problems.FirstOf(user.Caller().MaySeeTheWholeOrganisation());

    /// <summary>Each group's stored stats, gathered by PostgreSQL as stored; groups without a pairing are left out.</summary>
    [WolverineGet("/api/pairings/stats"), Tags("Pairings"), EndpointSummary("Per group: pairings started, lasted and ended well (coordinators)")]
    [ProducesResponseType<GroupPairingStats[]>(StatusCodes.Status200OK)]
    public static Task<IResult> Get(IQuerySession session) =>
        session.StoredPartsAsync<GroupLibrary>(GroupLibrary.PairingStatsPart, condition: "(data -> 'pairingStats' ->> 'proposed')::int > 0", orderBy: "id");
}
