using System.Text.RegularExpressions;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LivingLibrary.Api.Tests.Me;

/// <summary>
/// A route opened to participants without its isolation tests is how a person would come to read another's things: every
/// API route open to them is listed in <see cref="ParticipantRoutes"/>, under the part whose theory tests it, and nothing
/// listed is stale.
/// </summary>
public sealed partial class ParticipantRouteGuardTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public void Every_api_route_open_to_participants_is_listed_with_its_isolation_tests_and_every_listed_route_is_open_to_them()
    {
        var open = Host.Services.GetServices<EndpointDataSource>().SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ForCallersAttribute>()?.Kinds.HasFlag(CallerKinds.Participant) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(method => Route(method, e.RoutePattern.RawText!)))
            .ToHashSet();
        var listed = ParticipantRoutes.All.Where(r => r.Split(' ')[1].StartsWith("/api/", StringComparison.Ordinal))
            .Select(r => Route(r.Split(' ')[0], r.Split(' ')[1])).ToHashSet();

        open.Count.ShouldBeGreaterThan(5);
        open.Except(listed).ShouldBeEmpty("open to participants, in no list of ParticipantRoutes");
        listed.Except(open).ShouldBeEmpty("listed in ParticipantRoutes, not open to participants");
    }

    /// <summary>A route with its parameters unnamed: the lists name them as their theories fill them.</summary>
    private static string Route(string method, string template) => $"{method} /{Parameter().Replace(template.TrimStart('/'), "{}")}";

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Parameter();
}
