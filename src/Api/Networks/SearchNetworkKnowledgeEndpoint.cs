using LivingLibrary.Api.Knowledge;

namespace LivingLibrary.Api.Networks;

public static class SearchNetworkKnowledgeEndpoint
{
    public static Task<Network?> LoadAsync(Guid networkId, IDocumentSession session) => session.LoadNetworkAsync(networkId);

    /// <summary>A member organisation's staff, or the network's coordinators; an organisation only invited sees nothing yet.</summary>
    public static ProblemDetails Validate(Network? network, ClaimsPrincipal user) =>
        Problems.FirstOf(Security.KindOf(user) == CallerKinds.NetworkCoordinator
            ? network.MayView(user.NetworkCaller())
            : network is not null && network.IsMember(user.Caller().OrganisationId) ? null : Refusal.NotFound(Thing.Network));

    [WolverineGet("/api/networks/{networkId}/knowledge"), Tags("Networks"), ForCallers(CallerKinds.OrganisationStaff | CallerKinds.NetworkCoordinator)]
    [EndpointSummary("Search the knowledge entries the network's members shared")]
    [ProducesResponseType<IReadOnlyList<SharedKnowledgeEntry>>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get([NotBody] Network network, string? q, string? language, string? service, string? difficulty, IDocumentStore store)
    {
        var refusal = new Fields()
            .Text("q", q, SearchKnowledgeEndpoint.WordsMax, required: false)
            .Check("language", language is null || KnowledgeEntry.Languages.Contains(language), Says.OneOf(KnowledgeEntry.Languages))
            .Check("service", service is null || System.Text.RegularExpressions.Regex.IsMatch(service, "^[a-z0-9-]{1,60}$"), Says.NotAServiceCode)
            .Check("difficulty", difficulty is null || Difficulties.IsKnown(difficulty), Says.OneOf(Difficulties.Codes))
            .Refusal();
        if (refusal is not null) return Results.Problem(refusal.ToProblem());
        await using var shared = store.QuerySession(Network.TenantOf(network.Id));
        return Results.Json(await shared.SearchSharedAsync(q, language, service, difficulty));
    }
}
