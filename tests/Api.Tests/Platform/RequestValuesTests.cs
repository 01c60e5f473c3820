using System.Net;
using System.Text;
using Alba;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Console;
using LivingLibrary.Api.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LivingLibrary.Api.Tests.Platform;

/// <summary>
/// What a route and its query string hold, checked alike everywhere (docs/adr/0019): the all-zero id names nothing (404,
/// as an unknown id), a choice is one of its names, a date is within its window. Every route of the API and of the
/// console is found from the app's own endpoints, so a new one is covered without extra work.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class RequestValuesTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Zero = "00000000-0000-0000-0000-000000000000";

    [Fact]
    public async Task The_all_zero_id_is_404_on_every_route_and_appends_nothing()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var routes = Routes("/api/").ToList();
        routes.Count.ShouldBeGreaterThan(100);
        var before = await EventCount();
        var wrong = new List<string>();
        var network = Host.Services.GetRequiredService<DevelopmentTokens>().IssueForNetwork("network-coordinator-1", Guid.NewGuid(), TimeSpan.FromMinutes(10));
        foreach (var (method, template, endpoint) in routes)
        {
            // Each route as the kind of caller it is open to: a network's routes to its coordinators.
            // A participant's own routes (docs/adr/0026) to a participant.
            var kinds = endpoint.Metadata.GetMetadata<ForCallersAttribute>()?.Kinds ?? CallerKinds.OrganisationStaff;
            var caller = kinds.HasFlag(CallerKinds.OrganisationStaff) ? Coordinator()
                : kinds.HasFlag(CallerKinds.Participant) ? Participant(scene.Samira) : network;
            var result = await Send(caller, s =>
            {
                s.ConfigureHttpContext(c =>
                {
                    c.Request.Method = method;
                    c.Request.Path = Path(template);
                    c.Request.ContentType = template.EndsWith("/import", StringComparison.Ordinal) ? "text/csv"
                        : template.EndsWith("/photos", StringComparison.Ordinal) ? "multipart/form-data; boundary=x" : "application/json";
                    c.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(template.EndsWith("/import", StringComparison.Ordinal) ? "" : "{}"));
                });
                s.IgnoreStatusCode();
            });
            var status = result.Context.Response.StatusCode;
            if (status != 404 || result.Context.Response.ContentType?.StartsWith("application/problem+json", StringComparison.Ordinal) != true)
                wrong.Add($"{method} {template}: {status} {result.Context.Response.ContentType}");
        }
        wrong.ShouldBeEmpty(string.Join(Environment.NewLine, wrong));
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_console_page_with_the_all_zero_id_is_404()
    {
        var client = await ConsoleClient.SignInAsync(Host, "coordinator-1", OrgA, Security.CoordinatorRole);
        // A network's pages as the kind of caller they are open to: a network coordinator (docs/adr/0015).
        var networkCoordinator = ConsoleClient.Anonymous(Host);
        await networkCoordinator.SubmitAsync("/console/sign-in", ("userId", "network-coordinator-1"), ("role", Security.NetworkCoordinatorRole),
            ("networkId", Guid.NewGuid().ToString()));
        // A participant's pages as a participant (docs/adr/0026).
        var participant = await ConsoleClient.SignInParticipantAsync(Host,
            await Host.EnrolAsync(Coordinator(), await Host.CreateGroupAsync(Coordinator()), ParticipantScenarios.NewParticipant()), OrgA);
        var pages = Routes("/console/").Where(r => r.Method == "GET").ToList();
        pages.Count.ShouldBeGreaterThanOrEqualTo(10);
        foreach (var (_, template, _) in pages)
        {
            var caller = template.StartsWith("/console/networks/", StringComparison.Ordinal) ? networkCoordinator
                : template.StartsWith("/console/me/", StringComparison.Ordinal) ? participant : client;
            ((int)(await caller.GetAsync(Path(template))).Status).ShouldBe(404, template);
        }
    }

    [Theory]
    [InlineData("/api/groups/{groupId}/cases?status=3", "status", "open, resolved, referred, closed or voided")]
    [InlineData("/api/groups/{groupId}/cases?status=0", "status", "open, resolved, referred, closed or voided")]
    [InlineData("/api/groups/{groupId}/pairings?status=7", "status", "proposed, active, declined, withdrawn or ended")]
    [InlineData("/api/devices?state=1", "state", "available, lent, overdue, broken or retired")]
    public async Task A_choice_in_a_query_is_a_name_not_a_number(string url, string field, string names)
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var problem = await RefusedAsync(url.Replace("{groupId}", scene.Group.ToString()));
        problem.Errors[field].ShouldHaveSingleItem().ShouldContain(names);

        var named = await Send(Coordinator(), s => s.Get.Url(url.Replace("{groupId}", scene.Group.ToString()).Split('=')[0] + "=" + names.Split(',')[0]));
        named.Context.Response.StatusCode.ShouldBe(200);
    }

    [Theory]
    [InlineData("/api/groups/{groupId}/skill-map?asOf=0001-01-01", "asOf")]
    [InlineData("/api/groups/{groupId}/catalogue?asOf=9999-12-31", "asOf")]
    [InlineData("/api/groups/{groupId}/case-activity?asOf=2099-01-01", "asOf")]
    [InlineData("/api/desks/{deskId}/sessions/9999-12-31", "on")]
    [InlineData("/api/reports/funder?from=0001-01-01&to=2026-10-31", "from")]
    [InlineData("/api/reports/funder?from=2026-09-01&to=2026-10-31&cutOff=0001-01-01T00:00:00Z", "cutOff")]
    [InlineData("/api/observatory?from=2099-01&to=2099-02", "from")]
    public async Task A_date_in_a_route_or_a_query_is_within_its_window(string url, string field)
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var problem = await RefusedAsync(url.Replace("{groupId}", scene.Group.ToString()).Replace("{deskId}", scene.Desk.ToString()));
        problem.Errors[field].ShouldHaveSingleItem().ShouldMatch("1 January 2000 to|2000-01 to"); // a day as English writes it, a month as yyyy-MM
    }

    private async Task<ValidationProblem> RefusedAsync(string url)
    {
        var result = await Send(Coordinator(), s =>
        {
            s.Get.Url(url);
            s.StatusCodeShouldBe(400);
            s.ContentTypeShouldBe("application/problem+json");
        });
        return (await result.ReadAsJsonAsync<ValidationProblem>())!;
    }

    /// <summary>The routes under a prefix with a parameter in them, as the app maps them.</summary>
    private IEnumerable<(string Method, string Template, RouteEndpoint Endpoint)> Routes(string prefix) =>
        Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && ("/" + raw.TrimStart('/')).StartsWith(prefix, StringComparison.Ordinal)
                        && e.RoutePattern.Parameters.Any(p => p.Name.EndsWith("Id", StringComparison.Ordinal)))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, "/" + e.RoutePattern.RawText!.TrimStart('/'), e)));

    /// <summary>Every id of the route all zeros; a day, a skill or a user for the other parameters.</summary>
    private static string Path(string template) =>
        System.Text.RegularExpressions.Regex.Replace(template, @"\{(?<name>\w+)(:[^}]*)?\}", m => m.Groups["name"].Value switch
        {
            var name when name.EndsWith("Id", StringComparison.Ordinal) => Zero,
            "day" or "on" => ApiFixture.Today.ToString("yyyy-MM-dd"),
            _ => "pay-bill-online",
        });
}
