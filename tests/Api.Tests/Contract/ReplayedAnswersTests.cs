using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alba;
using LivingLibrary.Api.Demo;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LivingLibrary.Api.Tests.Contract;

/// <summary>
/// Every answer of replayed scenarios checked against the document (docs/adr/0017): the operation and its
/// status are documented, the content type is one documented for that status, a JSON body validates against
/// its schema (formats included), and an accepted request's body validates against its request schema.
/// </summary>
[Collection(ContractCollection.Name)]
public sealed class ReplayedAnswersTests : ApiTest
{
    private readonly ApiFixture _fixture;

    public ReplayedAnswersTests(ApiFixture fixture) : base(fixture) => _fixture = fixture;

    [Fact]
    public async Task Every_read_of_the_demo_data_in_every_format_and_for_every_role_is_what_the_document_promises()
    {
        await DemoData.LoadAsync(Store);
        await ViewsCaughtUp();
        var contract = await OpenApiContract.ReadAsync(Host);
        var coordinator = Token(DemoData.CoordinatorId, DemoData.Organisation, Security.CoordinatorRole);
        var facilitator = Token(DemoData.FacilitatorId, DemoData.Organisation, Security.FacilitatorRole);
        var network = Host.Services.GetRequiredService<DevelopmentTokens>()
            .IssueForNetwork(DemoNetwork.NetworkCoordinatorId, DemoNetwork.NetworkId, TimeSpan.FromMinutes(10));

        var exchanges = await AnswerRecorder.RecordAsync(Host, async () =>
        {
            var ids = await DemoIdsAsync(coordinator, facilitator);
            var urls = contract.Operations.Where(o => o.Method == "GET" && o.Template.StartsWith("/api/", StringComparison.Ordinal))
                .Select(o => Fill(o.Template, ids))
                .Concat(FormatVariants.Select(v => Fill(v, ids)));
            foreach (var url in urls)
            foreach (var token in new[] { coordinator, facilitator, network })
                await Send(token, s => { s.Get.Url(url); s.IgnoreStatusCode(); });
        });

        var breaches = exchanges.SelectMany(contract.Breaches).ToList();
        await File.WriteAllLinesAsync(Artifacts.PathOf("openapi-breaches-demo-reads.txt"), breaches);
        breaches.ShouldBeEmpty(string.Join("\n", breaches.Take(40)));
        exchanges.Count(e => e.Status == 200).ShouldBeGreaterThan(100);
        UnseenContentTypes(contract, exchanges).ShouldBeEmpty();
    }

    /// <summary>The reads that answer in more than one format, each format asked for.</summary>
    private static readonly string[] FormatVariants =
    [
        .. new[] { "json", "csv", "printable" }.SelectMany(format => new[]
        {
            $"/api/reports/funder?from=2026-09-01&to=2027-06-30&format={format}&language=fr",
            $"/api/reports/funder?from=2026-09-01&to=2027-06-30&groupId={{groupId}}&format={format}&language=nl",
            $"/api/reports/{{reportId}}/content?format={format}&language=en",
        }),
        "/api/observatory?from=2026-01&to=2026-12", "/api/observatory?from=2026-01&to=2026-12&format=csv",
        "/api/observatory?from=2026-01&to=2026-12&byMonth=true", "/api/observatory?from=2026-01&to=2026-12&byMonth=true&format=csv",
        "/api/networks/{networkId}/observatory?from=2026-01&to=2026-12", "/api/networks/{networkId}/observatory?from=2026-01&to=2026-12&format=csv",
        "/api/networks/{networkId}/observatory?from=2026-01&to=2026-12&byMonth=true&format=csv",
        "/api/networks/{networkId}/activity?from=2026-01&to=2026-12",
        "/api/networks/{networkId}/drop-ins?from=2026-01&to=2026-12", "/api/networks/{networkId}/observatory/visitors?from=2026-01&to=2026-12",
        "/api/observatory/visitors?from=2026-01&to=2026-12", "/api/drop-ins/figures?from=2026-09-01&to=2026-12-31",
        "/api/desks/{deskId}/figures?from=2026-09-01", "/api/visitors?pseudonym=Amal&postcodeArea=1080",
        "/api/networks/{networkId}/knowledge?q=itsme", "/api/knowledge?q=itsme", "/api/knowledge?status=draft",
        "/api/participants/{participantId}/export?format=page&language=fr", "/api/participants/{participantId}/export?format=json",
        "/api/visitors/{visitorId}/export?format=page&language=nl",
        "/api/groups?includeClosed=true", "/api/groups/{groupId}/cases?status=open", "/api/groups/{groupId}/pairings?status=ended",
        "/api/devices?state=lent", "/api/partners?includeInactive=true", "/api/groups/{groupId}/skill-map?asOf=2026-10-01",
        "/api/participants/{participantId}?asOf=2026-10-01", "/api/campaigns/{campaignId}?language=nl",
    ];

    private static string Fill(string template, IReadOnlyDictionary<string, string> ids) =>
        System.Text.RegularExpressions.Regex.Replace(template, "{(\\w+)}", m => ids[m.Groups[1].Value]);

    /// <summary>Ids of the demo organisation for every path parameter, some made through the API as a facilitator would.</summary>
    private async Task<Dictionary<string, string>> DemoIdsAsync(string coordinator, string facilitator)
    {
        async Task<JsonNode> Post(string token, string url, object body) =>
            JsonNode.Parse(await (await Send(token, s => { s.Post.Json(body, JsonStyle.MinimalApi).ToUrl(url); s.IgnoreStatusCode(); })).ReadAsTextAsync())!;

        var suggestion = await Post(facilitator, "/api/pairings/suggestions", new { groupIds = new[] { DemoData.GroupId } });
        var pair = suggestion["pairs"]![0]!;
        var pairing = await Post(facilitator, "/api/pairings", new { suggestionId = suggestion["suggestionId"], needId = pair["needId"] });
        var report = await Post(coordinator, "/api/reports", new { from = "2026-09-01", to = "2027-06-30" });
        var question = await Post(coordinator, "/api/questions", new { kind = "open", text = new { fr = "Qu'avez-vous appris ?" } });
        var calendarLink = await Post(coordinator, $"/api/groups/{DemoData.GroupId}/calendar-links", new { of = "group" });
        return new Dictionary<string, string>
        {
            ["groupId"] = DemoData.GroupId.ToString(),
            ["organisationId"] = DemoData.Organisation,
            ["participantId"] = DemoData.ParticipantId(2).ToString(),
            ["needId"] = pair["needId"]!.ToString(),
            ["suggestionId"] = suggestion["suggestionId"]!.ToString(),
            ["pairingId"] = pairing["id"]!.ToString(),
            ["reportId"] = report["id"]!.ToString(),
            ["questionId"] = question["id"]!.ToString(),
            ["caseId"] = DemoCases.CaseId(1).ToString(),
            ["visitorId"] = DemoCases.VisitorId(3).ToString(),
            ["deskId"] = DemoCases.DeskId.ToString(),
            ["sessionId"] = DemoCases.SessionId.ToString(),
            // an exchange session recorded before activities existed reads as an activity
            ["activityId"] = DemoCases.SessionId.ToString(),
            ["plannedFor"] = DemoCases.SessionDay.ToString("yyyy-MM-dd"),
            ["calendarLinkId"] = calendarLink["calendarLinkId"]!.ToString(),
            ["entryId"] = DemoCases.EntryId.ToString(),
            ["partnerId"] = DemoCases.CpasPartner.ToString(),
            ["campaignId"] = DemoEvaluations.CampaignId.ToString(),
            ["deviceId"] = DemoLoans.DeviceId(3).ToString(),
            ["networkId"] = DemoNetwork.NetworkId.ToString(),
            ["referralId"] = DemoNetwork.ReferralId.ToString(),
            ["pointId"] = DemoNetwork.AdvocacyPointId.ToString(),
            ["userId"] = DemoCases.DeskWorkerId,
            ["facilitatorId"] = DemoData.FacilitatorId,
            ["skill"] = "pay-bill-online",
            ["on"] = "2026-11-17",
            // records inside a stream: an unknown one is 404 once the fields are right, so the required fields still show
            ["helpSessionId"] = Guid.NewGuid().ToString(),
            ["accompanimentId"] = Guid.NewGuid().ToString(),
            ["photoId"] = Guid.NewGuid().ToString(),
        };
    }

    /// <summary>
    /// The scenarios of other tests, replayed with every answer checked: the main flows, refusals included, and the hostile
    /// requests. These are the groups' and the people's; ReplayedServiceAnswersTests replays the rest at the same time.
    /// </summary>
    public static TheoryData<string> Flows =>
    [
        "DemoWalkthroughTests", "DemoExportTests", "HostileInputTests", "IdempotencyTests",
        "GroupCommandTests", "EnrolmentTests", "ConsentTests", "DiagnosticTests", "ImportTests", "LifecycleTests",
    ];

    [Theory, MemberData(nameof(Flows))]
    public Task Every_answer_of_a_replayed_flow_is_what_the_document_promises(string flow) => ReplayAsync(_fixture, flow);

    /// <summary>Runs every fact of the test class named, recording each answer, and checks them all against the document.</summary>
    internal static async Task ReplayAsync(ApiFixture fixture, string flow)
    {
        var type = typeof(ReplayedAnswersTests).Assembly.GetTypes().Single(t => t.Name == flow && t.IsSubclassOf(typeof(ApiTest)));
        var contract = await OpenApiContract.ReadAsync(fixture.Host);
        var facts = type.GetMethods().Where(m => m.GetCustomAttribute<FactAttribute>() is { Skip: null } and not TheoryAttribute).ToList();
        facts.ShouldNotBeEmpty();

        var exchanges = await AnswerRecorder.RecordAsync(fixture.Host, async () =>
        {
            foreach (var fact in facts)
            {
                var test = (ApiTest)Activator.CreateInstance(type, fixture)!;
                await test.InitializeAsync();
                await (Task)fact.Invoke(test, [])!;
            }
        });

        var breaches = exchanges.Where(e => e.Path.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(e => contract.Breaches(e).Concat(contract.RequestBreaches(e))).Distinct().ToList();
        await File.WriteAllLinesAsync(Artifacts.PathOf($"openapi-breaches-{flow}.txt"), breaches);
        breaches.ShouldBeEmpty(string.Join("\n", breaches.Take(40)));
    }

    /// <summary>
    /// A body with every field left out is refused with a 400 that names each field the API needs: exactly the fields
    /// the document says are required. Fields checked only once others are right are reached by sending again with the
    /// refused fields filled; a field refused only for want of another (helperId without a suggestionId) names that other
    /// field in its error and is not required alone. Where the state refuses first (404, 409), nothing is learnt.
    /// </summary>
    [Fact]
    public async Task The_required_fields_of_each_request_are_exactly_those_the_api_refuses_when_left_out()
    {
        await DemoData.LoadAsync(Store);
        await ViewsCaughtUp();
        var contract = await OpenApiContract.ReadAsync(Host);
        var coordinator = Token(DemoData.CoordinatorId, DemoData.Organisation, Security.CoordinatorRole);
        var ids = await DemoIdsAsync(coordinator, Token(DemoData.FacilitatorId, DemoData.Organisation, Security.FacilitatorRole));
        var faults = new List<string>();
        var probed = 0;
        var operations = contract.Operations.Where(o => o.Template.StartsWith("/api/", StringComparison.Ordinal)
            && o.Operation["requestBody"]?["content"]?["application/json"] is not null).ToList();
        foreach (var (method, template, operation) in operations)
        {
            var url = Fill(template, ids);
            var schema = contract.Resolve(operation["requestBody"]!["content"]!["application/json"]!["schema"])!;
            var properties = schema["properties"]?.AsObject() ?? [];
            var required = (schema["required"]?.AsArray() ?? []).Select(r => r!.GetValue<string>()).ToHashSet();
            var body = new JsonObject();
            var refused = new Dictionary<string, string>();
            int status;
            do
            {
                var sent = body.ToJsonString();
                var result = await Send(coordinator, s =>
                {
                    s.ConfigureHttpContext(c =>
                    {
                        c.Request.Method = method;
                        c.Request.Path = url;
                        c.Request.ContentType = "application/json";
                        c.Request.Body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(sent));
                    });
                    s.IgnoreStatusCode();
                });
                status = result.Context.Response.StatusCode;
                var errors = status == 400 ? JsonNode.Parse(await result.ReadAsTextAsync())?["errors"]?.AsObject() : null;
                var fresh = (errors ?? []).Where(e => properties.ContainsKey(e.Key) && !refused.ContainsKey(e.Key)).ToList();
                foreach (var (field, messages) in fresh)
                {
                    refused[field] = messages!.ToJsonString();
                    body[field] = Sample(contract, properties[field], field, ids);
                }
                if (fresh.Count == 0) break;
            } while (true);
            if (refused.Count == 0 && status is not (>= 200 and < 300)) continue;
            probed++;
            foreach (var field in required.Where(f => !refused.ContainsKey(f)))
                faults.Add($"{method} {template}: {field} is said required, but the API accepts it left out (answered {status}).");
            foreach (var (field, messages) in refused.Where(r => !required.Contains(r.Key)))
                if (!properties.Any(p => p.Key != field && messages.Contains(p.Key, StringComparison.Ordinal)))
                    faults.Add($"{method} {template}: the API refuses {field} left out ({messages}), the document says it may be.");
        }
        faults.ShouldBeEmpty(string.Join("\n", faults));
        probed.ShouldBeGreaterThan(operations.Count * 3 / 4);
    }

    /// <summary>A value of the field's documented type, an id of the demo where the field names one.</summary>
    private static JsonNode? Sample(OpenApiContract contract, JsonNode? field, string name, IReadOnlyDictionary<string, string> ids)
    {
        var schema = contract.Resolve(field?["oneOf"]?.AsArray().FirstOrDefault(c => c?["type"]?.ToString() != "null") ?? field);
        var type = schema?["type"] is JsonArray types ? types.Select(t => t!.ToString()).First(t => t != "null") : schema?["type"]?.ToString();
        return (type, schema?["format"]?.ToString()) switch
        {
            _ when schema?["enum"] is JsonArray values => values[0]?.DeepClone(),
            ("string", "uuid") => ids.TryGetValue(name, out var id) ? id : Guid.NewGuid().ToString(),
            ("string", "date") => "2026-11-20",
            ("string", "date-time") => "2026-11-20T10:00:00Z",
            ("string", _) => "x",
            ("integer" or "number", _) => 1,
            ("boolean", _) => true,
            ("array", _) => new JsonArray(Sample(contract, schema?["items"], name, ids)),
            _ => new JsonObject(),
        };
    }

    /// <summary>Each 2xx content type documented for an operation the replay reached was also seen answered.</summary>
    private static List<string> UnseenContentTypes(OpenApiContract contract, IReadOnlyList<Exchange> exchanges)
    {
        var seen = exchanges.Where(e => e.Status < 300)
            .Select(e => (Operation: contract.Find(e.Method, e.Path)?.Template, e.Method, Status: e.Status.ToString(), Type: e.ContentType?.Split(';')[0]))
            .ToHashSet();
        return [.. from e in seen.Select(s => (s.Operation, s.Method)).Distinct()
            from response in contract.Paths[e.Operation!]![e.Method.ToLowerInvariant()]!["responses"]!.AsObject()
            where response.Key.StartsWith('2')
            from type in response.Value?["content"]?.AsObject().Select(c => c.Key) ?? []
            where !seen.Contains((e.Operation, e.Method, response.Key, type))
            select $"{e.Method} {e.Operation} {response.Key} {type} was never answered"];
    }
}
