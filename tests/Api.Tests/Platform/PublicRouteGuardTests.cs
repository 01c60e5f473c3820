using System.Text.RegularExpressions;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LivingLibrary.Api.Tests.Platform;

/// <summary>
/// A route opened without sign-in is a decision (docs/adr/0009 for one-time codes, docs/adr/0032 for the public
/// directory, docs/adr/0030 for calendars and the open programme): every API route anyone may call is listed here with
/// the tests that show what it answers, says where its tenant comes from (the code's organisation, or the public route's
/// address), and is limited per client address.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class PublicRouteGuardTests(ApiFixture fixture) : ApiTest(fixture)
{
    /// <summary>The API's routes open to anyone, "METHOD /template", each with the tests that cover it.</summary>
    public static readonly string[] PublicRoutes =
    [
        // MeEvaluationsApiTests, MeEvaluationsPagesTests: the one-time code is the credential.
        "GET /api/organisations/{organisationId}/campaigns/{campaignId}/with-code",
        "POST /api/organisations/{organisationId}/campaigns/{campaignId}/with-code",
        // DirectoryTests: public by design, nothing of staff or visitors.
        "GET /api/networks/{networkId}/directory",
        "GET /api/networks/{networkId}/directory/data-inclusion",
        "GET /api/organisations/{organisationId}/directory",
        // CalendarsTests: the secret address is the credential of a calendar feed; the open programme is public by design.
        "GET /api/organisations/{organisationId}/calendar.ics",
        "GET /api/organisations/{organisationId}/programme",
        "GET /api/organisations/{organisationId}/programme.ics",
    ];

    [Fact]
    public void Every_api_route_open_without_sign_in_is_listed_names_its_tenant_and_is_rate_limited()
    {
        var endpoints = Host.Services.GetServices<EndpointDataSource>().SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/", StringComparison.Ordinal)
                && e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .ToList();
        var open = endpoints
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(method => Route(method, e.RoutePattern.RawText!)))
            .ToHashSet();

        open.Except(PublicRoutes.Select(r => Route(r.Split(' ')[0], r.Split(' ')[1]))).ShouldBeEmpty("open without sign-in, not listed in PublicRoutes");
        PublicRoutes.Select(r => Route(r.Split(' ')[0], r.Split(' ')[1])).Except(open).ShouldBeEmpty("listed in PublicRoutes, not open without sign-in");
        foreach (var endpoint in endpoints)
        {
            var route = endpoint.RoutePattern.RawText!;
            (endpoint.Metadata.GetMetadata<CodeIsTheCredentialAttribute>() is not null || endpoint.Metadata.GetMetadata<PublicAttribute>() is not null)
                .ShouldBeTrue($"{route} says neither that a code is its credential nor that it is public: it would have no tenant");
            endpoint.Metadata.GetMetadata<EnableRateLimitingAttribute>().ShouldNotBeNull($"{route} is not limited per client address");
        }
    }

    private static string Route(string method, string template) => $"{method} /{Parameter().Replace(template.TrimStart('/'), "{}")}";

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Parameter();
}
