using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alba;
using CsCheck;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Pairings;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.ExchangeSessions;
using LivingLibrary.Domain.Knowledge;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Reports;

namespace LivingLibrary.Api.Tests.Platform;

/// <summary>
/// Hostile requests derived from the OpenAPI document, for every operation it lists (so every new
/// endpoint is covered without extra work): wrong types, nulls, missing and extra fields, huge strings,
/// bad dates and ids, invalid JSON, wrong content types, garbage If-Match. None may give a 5xx; a refusal
/// is problem+json in one shape (its status and a title; a 400 names the fields at fault in <c>errors</c>),
/// without internals, and appends nothing. HOSTILE_INPUT_COUNT sets how many
/// (./benchmark.sh bad-input), HOSTILE_INPUT_REPORT where to write the count of each answer.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class HostileInputTests(ApiFixture fixture) : ApiTest(fixture)
{
    /// <summary>What no refusal may show: a stack trace, the code's namespaces, a serializer's or a framework's words.</summary>
    private static readonly string[] Internals = ["   at ", "Exception", "Npgsql", "Marten.", "Wolverine.", "LivingLibrary.", "System.", "Microsoft.",
        "JasperFx", "IReadOnlyList", "DateOnly", "TimeOnly", "Nullable", "`1", "Path: $", "LineNumber", "BytePosition", "Unknown "];

    /// <summary>
    /// The names of the domain's and the API's types of two words or more (DeclareLearningNeed, ProblemCase, …), as whole
    /// words; but DigComp, the EU's framework of competences, is a word of the domain before it is a type's name.
    /// </summary>
    private static readonly System.Text.RegularExpressions.Regex TypeNames = new(
        $@"\b(?:{string.Join('|', typeof(LivingLibrary.Domain.Refusal).Assembly.GetTypes().Concat(typeof(Program).Assembly.GetTypes())
            .Select(t => t.Name.Split('`')[0]).Where(n => System.Text.RegularExpressions.Regex.IsMatch(n, "^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+$"))
            .Except(["DigComp"]).Distinct())})\b");

    [Fact]
    public async Task Hostile_requests_to_every_operation_never_give_a_5xx_and_refusals_append_nothing()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("HOSTILE_INPUT_COUNT"), out var n) ? n : 400;
        var ids = await SceneAsync();
        var operations = await OperationsAsync();
        operations.Count.ShouldBeGreaterThan(40);
        var answers = new SortedDictionary<int, int>();

        await Requests(operations, ids).SampleAsync(async request =>
        {
            var before = await EventCount();
            var result = await Host.Scenario(s =>
            {
                s.WithRequestHeader("Authorization", $"Bearer {Coordinator()}");
                s.ConfigureHttpContext(c =>
                {
                    c.Request.Method = request.Method;
                    c.Request.Path = request.Path;
                    c.Request.QueryString = new Microsoft.AspNetCore.Http.QueryString(request.Query);
                    if (request.ContentType is { } type) c.Request.ContentType = type;
                    if (request.IfMatch is { } tag) c.Request.Headers.IfMatch = tag;
                    c.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(request.Body ?? ""));
                });
                s.IgnoreStatusCode();
            });
            var status = result.Context.Response.StatusCode;
            lock (answers) answers[status] = answers.GetValueOrDefault(status) + 1;

            status.ShouldBeLessThan(500, request.ToString());
            if (status < 400) return;
            var body = await result.ReadAsTextAsync();
            var contentType = result.Context.Response.ContentType ?? "";
            // The CSV import answers a bad file with its report of every bad line (docs/adr/0004).
            var answered = $"{request} answered {status} {body[..Math.Min(body.Length, 600)]}";
            if (!(request.Template.EndsWith("/import", StringComparison.Ordinal) && contentType.StartsWith("application/json", StringComparison.Ordinal)))
            {
                contentType.ShouldStartWith("application/problem+json", customMessage: answered);
                var problem = JsonNode.Parse(body)!.AsObject();
                (problem["status"]?.GetValue<int>()).ShouldBe(status, answered);
                (problem["title"]?.GetValue<string>()).ShouldNotBeNullOrWhiteSpace(answered);
                if (status == 400) problem["errors"].ShouldBeOfType<JsonObject>(answered).Count.ShouldBeGreaterThan(0, answered);
            }
            Internals.ShouldAllBe(word => !body.Contains(word, StringComparison.Ordinal), answered);
            TypeNames.Match(body).Value.ShouldBeEmpty(answered);
            (await EventCount()).ShouldBe(before, answered);
        }, iter: count, threads: 1, print: r => r.ToString());

        if (Environment.GetEnvironmentVariable("HOSTILE_INPUT_REPORT") is { Length: > 0 } report)
            await File.WriteAllLinesAsync(report, [$"{count} hostile requests over {operations.Count} operations", .. answers.Select(a => $"{a.Key}: {a.Value}")]);
    }

    public sealed record Operation(string Method, string Template, IReadOnlyList<(string Name, string In, string Type, string? Format)> Parameters,
        JsonNode? Sample, IReadOnlyList<(string Name, string Type, string? Format)> Fields);

    public sealed record HostileRequest(string Method, string Template, string Path, string Query, string? ContentType, string? IfMatch, string? Body)
    {
        public override string ToString() =>
            $"{Method} {Cut(Path + Query)} [{ContentType}] If-Match={Cut(IfMatch ?? "-")} body={Cut(Body ?? "")}";

        private static string Cut(string text) => text.Length > 120 ? text[..120] + $"…({text.Length} chars)" : text;
    }

    private static Gen<HostileRequest> Requests(IReadOnlyList<Operation> operations, IReadOnlyDictionary<string, string> ids)
    {
        var huge = new string('x', 100_000);
        var badValue = Gen.OneOf<JsonNode?>(null, JsonValue.Create(huge), JsonValue.Create(-1), JsonValue.Create(2_147_483_648L), JsonValue.Create(Guid.Empty),
            JsonValue.Create("2026-02-30"), JsonValue.Create("not-a-guid"), JsonValue.Create(true), new JsonArray(), new JsonObject(),
            JsonValue.Create("<script>alert(1)</script>"), JsonValue.Create("\u0000"));
        var rawBody = Gen.OneOf("null", "", "{", "[1,2", "[]", "42", "\"text\"", "{\"a\":", new string('[', 5000), "\u0000", huge);
        // Values of a field's own kind that no request may carry (docs/adr/0019): the all-zero id, a choice as a number or a
        // numeric string, a day out of every window.
        string[] wrongDays = ["0001-01-01", "9999-12-31", "2099-01-01"];
        var wrongOfItsKind = Gen.Select(Gen.Int[0, 2], i => (Func<string?, JsonNode?>)(format => format switch
        {
            "uuid" => JsonValue.Create(Guid.Empty),
            "date" => JsonValue.Create(wrongDays[i]),
            "date-time" => JsonValue.Create(wrongDays[i] + "T00:00:00Z"),
            _ => i == 0 ? JsonValue.Create(7) : i == 1 ? JsonValue.Create("3") : JsonValue.Create(2),
        }));
        var pathValue = Gen.Frequency((6, Gen.Const((string?)null)), (1, Gen.Const((string?)Guid.NewGuid().ToString())),
            (1, Gen.OneOf<string?>("not-a-guid", new string('9', 300), "%00", "..")), (1, Gen.Const((string?)Guid.Empty.ToString())),
            (1, Gen.OneOf<string?>(wrongDays)));
        var queryValue = Gen.OneOf<string?>(null, "2026-02-30", "abc", "-1", huge[..5_000], "true", "3", "0001-01-01", "9999-12-31", "2099-01-01",
            "9999-12", Guid.Empty.ToString());

        return Gen.Select(Gen.Int[0, operations.Count - 1], Gen.Int[0, 9], Gen.Int[0, 1000], badValue, rawBody, pathValue, queryValue,
            Gen.OneOf<string?>(null, null, null, "\"999\"", "garbage", "W/\"1\"", "*", new string('"', 3000)), wrongOfItsKind,
            (index, kind, pick, value, raw, pathOverride, queryOverride, ifMatch, wrong) =>
            {
                var operation = operations[index];
                var path = operation.Template;
                var query = new List<string>();
                foreach (var p in operation.Parameters)
                {
                    if (p.In == "path")
                        path = path.Replace($"{{{p.Name}}}", Uri.EscapeDataString(pathOverride ?? ids.GetValueOrDefault(p.Name, Guid.NewGuid().ToString())));
                    else if (queryOverride is not null) query.Add($"{p.Name}={Uri.EscapeDataString(queryOverride)}");
                }
                var body = operation.Sample?.DeepClone();
                string? contentType = body is null ? null : "application/json";
                string? text = null;
                if (body is JsonObject fields && operation.Fields.Count > 0)
                {
                    var (field, _, format) = operation.Fields[pick % operation.Fields.Count];
                    switch (kind)
                    {
                        case 0: break; // as the schema says: it may well be accepted
                        case 1: fields[field] = value?.DeepClone(); break;
                        case 2: fields.Remove(field); break;
                        case 3: fields["unexpected" + pick] = value?.DeepClone(); break;
                        case 4: text = raw; break;
                        case 5: contentType = pick % 2 == 0 ? "text/plain" : "application/xml"; break;
                        case 6 or 7: fields[field] = wrong(format); break;
                        default: fields[field] = value?.DeepClone(); break;
                    }
                }
                else if (kind >= 5) text = raw; // operations without a body get one anyway
                text ??= body?.ToJsonString();
                if (text is not null) contentType ??= "application/json";
                return new HostileRequest(operation.Method, operation.Template, path, query.Count == 0 ? "" : "?" + string.Join('&', query),
                    contentType, ifMatch, text);
            });
    }

    /// <summary>Real ids for the path parameters, so that requests also reach the endpoints' own checks.</summary>
    private async Task<IReadOnlyDictionary<string, string>> SceneAsync()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Facilitator(PairingScene.Facilitator));
        var suggestion = await Host.SuggestAsync(Coordinator(), scene.Group);
        var pairing = await Host.ProposeAsync(Coordinator(), new ProposePairing(null, scene.JeanNeed, scene.Samira));
        var cases = await CaseScene.SetUp(Host, Coordinator());
        var caseId = await Host.PostCaseAsync(Coordinator(), cases.Group, CaseScene.ItsmeCase(cases.Samira));
        var session = await Host.CreateAsync(Coordinator(), $"/api/groups/{cases.Group}/exchange-sessions", new HoldExchangeSession(ApiFixture.Today, [], null));
        var activity = await Host.CreateAsync(Coordinator(), $"/api/groups/{cases.Group}/activities", Activities.ActivityScene.TuesdayWorkshop());
        var calendarLink = (await (await Send(Coordinator(), s =>
            {
                s.Post.Json(new { of = "group" }).ToUrl($"/api/groups/{cases.Group}/calendar-links");
                s.StatusCodeShouldBe(201);
            }))
            .ReadAsJsonAsync<LivingLibrary.Api.Activities.Calendars.CalendarAddress>())!.CalendarLinkId;
        var resolved = await Host.PostCaseAsync(Coordinator(), cases.Group, CaseScene.ItsmeCase(cases.Jean));
        await Host.SendAsync(Coordinator(), $"/api/cases/{resolved}/resolve", new ResolveCase(["x"], Autonomy.DoneAlone, null));
        var entry = await Host.CreateAsync(Coordinator(), "/api/knowledge",
            new DraftKnowledgeEntry(resolved, "Titre", "Situation", ["Étape"], null, null, null, "fr"));
        var evaluated = await Evaluations.EvaluationScene.SetUp(Host, Coordinator(), people: 1);
        var campaign = await evaluated.OpenAsync(Host, Coordinator(), AnswerMode.Anonymous);
        await Evaluations.EvaluationScene.CodesAsync(Host, Coordinator(), campaign, 3);
        var question = await Host.CreateAsync(Coordinator(), "/api/questions",
            new AddOrganisationQuestion(QuestionKind.Open, new QuestionText("Une question ?", null, null), null));
        var report = await Host.CreateAsync(Coordinator(), "/api/reports", new IssueFunderReport(null, new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), null));
        var point = await Host.CreateAsync(Coordinator(), "/api/advocacy",
            new LivingLibrary.Domain.Advocacy.DraftAdvocacyPoint("itsme", "Une demande", "itsme", null, "2026-01", "2026-11", null));
        var network = await Host.CreateAsync(Coordinator(), "/api/networks", new LivingLibrary.Domain.Networks.FoundNetwork("Réseau"));
        // A member of the network refers one of its cases to this organisation's desk: a referral received, for {referralId}.
        var member = await CaseScene.SetUp(Host, Coordinator(OrgB));
        await Host.SendAsync(Coordinator(), $"/api/networks/{network}/invitations", new LivingLibrary.Domain.Networks.InviteOrganisation(OrgB));
        await Host.SendAsync(Coordinator(OrgB), $"/api/networks/{network}/join", new { });
        var sent = await Host.PostCaseAsync(Coordinator(OrgB), member.Group, CaseScene.ItsmeCase(member.Samira));
        var referral = (await Host.SendAsync(Coordinator(OrgB), $"/api/cases/{sent}/refer-to-member", new LivingLibrary.Domain.Networks.ReferCaseToMember(
            network, OrgA, cases.Desk, [LivingLibrary.Domain.Networks.PassedOn.Name], new LivingLibrary.Domain.Participants.GivenConsent("notice-2026-fr", ApiFixture.Today)))).CreatedId!.Value;
        var visit = await Host.CreateAsync(Coordinator(), $"/api/desks/{cases.Desk}/requests", CaseScene.VisitorRequest());
        var visitor = (await Host.GetAsync<LivingLibrary.Api.Cases.CaseView>(Coordinator(), $"/api/cases/{visit}")).Case.Visitor!.VisitorId;
        var device = await Host.CreateAsync(Coordinator(), "/api/devices", Loans.LoanScene.Device());
        await Host.SendAsync(Coordinator(), $"/api/devices/{device}/lend", Loans.LoanScene.To(cases.Samira));
        return new Dictionary<string, string>
        {
            ["networkId"] = network.ToString(),
            ["referralId"] = referral.ToString(),
            ["pointId"] = point.ToString(),
            ["deviceId"] = device.ToString(),
            ["visitorId"] = visitor.ToString(),
            ["campaignId"] = campaign.ToString(),
            ["questionId"] = question.ToString(),
            ["reportId"] = report.ToString(),
            ["caseId"] = caseId.ToString(),
            ["deskId"] = cases.Desk.ToString(),
            ["sessionId"] = session.ToString(),
            ["activityId"] = activity.ToString(),
            ["plannedFor"] = Activities.ActivityScene.FirstTuesday.ToString("yyyy-MM-dd"),
            ["calendarLinkId"] = calendarLink.ToString(),
            ["partnerId"] = cases.Partner.ToString(),
            ["entryId"] = entry.ToString(),
            ["userId"] = CaseScene.DeskWorker,
            ["on"] = ApiFixture.Today.ToString("yyyy-MM-dd"),
            ["groupId"] = scene.Group.ToString(),
            ["participantId"] = scene.Samira.ToString(),
            ["pairingId"] = pairing.ToString(),
            ["suggestionId"] = suggestion.SuggestionId.ToString(),
            ["needId"] = scene.HuseyinNeed.ToString(),
            ["skill"] = "pay-bill-online",
            ["facilitatorId"] = PairingScene.Facilitator,
        };
    }

    private async Task<IReadOnlyList<Operation>> OperationsAsync()
    {
        var document = JsonNode.Parse(await (await Host.Scenario(s => s.Get.Url("/openapi/v1.json"))).ReadAsTextAsync())!;
        var schemas = document["components"]?["schemas"];
        JsonNode? Resolve(JsonNode? schema) =>
            schema?["$ref"]?.GetValue<string>() is { } reference ? schemas?[reference.Split('/')[^1]] : schema;

        string TypeOf(JsonNode? schema)
        {
            schema = Resolve(schema);
            if (schema?["oneOf"] is JsonArray choices) return TypeOf(choices.FirstOrDefault(c => c?["type"]?.ToString() != "null"));
            return schema?["type"] switch
            {
                JsonArray types => types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null") ?? "string",
                JsonValue type => type.GetValue<string>(),
                _ => schema?["enum"] is not null ? "string" : schema?["properties"] is not null ? "object" : "string",
            };
        }

        JsonNode? Sample(JsonNode? schema, int depth)
        {
            schema = Resolve(schema);
            if (schema?["oneOf"] is JsonArray choices) return Sample(choices.FirstOrDefault(c => c?["type"]?.ToString() != "null"), depth);
            if (schema?["enum"] is JsonArray values) return values[0]?.DeepClone();
            var format = schema?["format"]?.GetValue<string>();
            return TypeOf(schema) switch
            {
                "object" when depth < 4 => new JsonObject((schema?["properties"]?.AsObject() ?? [])
                    .Select(p => KeyValuePair.Create(p.Key, Sample(p.Value, depth + 1)))),
                "array" when depth < 4 => new JsonArray(Sample(schema?["items"], depth + 1)),
                "integer" or "number" => JsonValue.Create(3),
                "boolean" => JsonValue.Create(true),
                "string" when format == "date" => JsonValue.Create("2026-10-01"),
                "string" when format == "uuid" => JsonValue.Create(Guid.NewGuid()),
                "string" => JsonValue.Create("fr"),
                _ => null,
            };
        }

        var operations = new List<Operation>();
        foreach (var (template, verbs) in document["paths"]!.AsObject().Where(p => p.Key.StartsWith("/api/", StringComparison.Ordinal)))
        foreach (var (method, operation) in verbs!.AsObject())
        {
            var parameters = (operation?["parameters"]?.AsArray() ?? []).Select(p => (p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(),
                TypeOf(p["schema"]), p["schema"]?["format"]?.GetValue<string>())).ToList();
            var bodySchema = operation?["requestBody"]?["content"]?["application/json"]?["schema"];
            var sample = bodySchema is null ? null : Sample(bodySchema, 0);
            var fields = (Resolve(bodySchema)?["properties"]?.AsObject() ?? [])
                .Select(p => (p.Key, TypeOf(p.Value), p.Value?["format"]?.GetValue<string>())).ToList();
            operations.Add(new Operation(method.ToUpperInvariant(), template, parameters, sample, fields));
        }
        return operations;
    }
}
