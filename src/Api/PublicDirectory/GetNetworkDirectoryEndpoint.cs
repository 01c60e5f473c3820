using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;

namespace LivingLibrary.Api.PublicDirectory;

/// <summary>
/// The network's directory of desks, without signing in (docs/adr/0032): every open desk of every member, filtered by
/// weekday, language, service and area. Names of codes are in the request's language (fr, nl or en).
/// </summary>
public static class GetNetworkDirectoryEndpoint
{
    public static Task<Network?> LoadAsync(Guid networkId, IQuerySession session) => session.LoadAsync<Network>(networkId);

    public static ProblemDetails Validate(Network? network, string? day, string? speaks, string? service, string? area) =>
        Problems.FirstOf(network is null ? Refusal.NotFound(Thing.Network) : null, new DirectoryFilter(day, speaks, service, area).Check());

    [WolverineGet("/api/networks/{networkId}/directory"), Tags("Directory"), AllowAnonymous, Public, EnableRateLimiting(DirectoryLimits.Policy)]
    [EndpointSummary("The network's directory of desks, without signing in: filters day (monday…sunday), speaks (a language code), service, area (a postcode or its first digits)")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests)]
    public static async Task<DeskDirectory> Get([NotBody] Network network, string? day, string? speaks, string? service, string? area, IDocumentStore store) =>
        DirectoryReads.Directory(network.Name, await store.MemberDesksAsync(network.Members), new DirectoryFilter(day, speaks, service, area),
            RequestLanguages.Current);
}

/// <summary>
/// One organisation's directory of desks, without signing in (docs/adr/0032), with the same filters. An organisation with
/// no open desk has no directory: 404, as for an organisation that does not exist (the address must not tell them apart).
/// </summary>
public static class GetOrganisationDirectoryEndpoint
{
    public static async Task<MemberDesks> LoadAsync(string organisationId, IDocumentStore store) => (await store.MemberDesksAsync([organisationId])).Single();

    public static ProblemDetails Validate(MemberDesks organisation, string? day, string? speaks, string? service, string? area) =>
        Problems.FirstOf(organisation.Desks.Count == 0 ? Refusal.NotFound(Thing.DropInDesk) : null, new DirectoryFilter(day, speaks, service, area).Check());

    [WolverineGet("/api/organisations/{organisationId}/directory"), Tags("Directory"), AllowAnonymous, Public, EnableRateLimiting(DirectoryLimits.Policy)]
    [EndpointSummary("An organisation's directory of desks, without signing in: filters day (monday…sunday), speaks (a language code), service, area")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests)]
    public static DeskDirectory Get([NotBody] MemberDesks organisation, string? day, string? speaks, string? service, string? area) =>
        DirectoryReads.Directory(organisation.OrganisationId, [organisation], new DirectoryFilter(day, speaks, service, area), RequestLanguages.Current);
}
