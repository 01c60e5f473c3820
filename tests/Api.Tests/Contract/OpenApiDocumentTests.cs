using System.Text.Json.Nodes;
using LivingLibrary.Api.Tests.Support;

namespace LivingLibrary.Api.Tests.Contract;

/// <summary>
/// What the document itself must say for a generator and a validator to trust it (docs/adr/0017), read
/// from the served /openapi/v1.json.
/// </summary>
[Collection(ContractCollection.Name)]
public sealed class OpenApiDocumentTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Every_operation_has_a_unique_id_a_summary_and_a_description_that_is_a_sentence_not_its_operation_id()
    {
        var contract = await OpenApiContract.ReadAsync(Host);
        var faults = contract.Operations
            .Where(o => o.Operation["summary"] is null || o.Operation["description"]?.GetValue<string>() is not { Length: > 10 } description
                || description == o.Operation["operationId"]?.GetValue<string>() || !description.EndsWith('.') || description.Contains('_'))
            .Select(o => $"{o.Method} {o.Template}: {o.Operation["description"]}").ToList();
        faults.ShouldBeEmpty();
        var ids = contract.Operations.Select(o => o.Operation["operationId"]?.GetValue<string>()).ToList();
        ids.ShouldAllBe(id => id != null && System.Text.RegularExpressions.Regex.IsMatch(id, "^[A-Z][A-Za-z]+$"), "a generated client names its methods after them");
        ids.ShouldBeUnique();
    }

    [Fact]
    public async Task Numbers_are_typed_as_numbers_only()
    {
        var contract = await OpenApiContract.ReadAsync(Host);
        var faults = Schemas(contract.Document)
            .Where(s => s.Schema["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() is "integer" or "number")
                && types.Any(t => t?.GetValue<string>() == "string"))
            .Select(s => s.Where).ToList();
        faults.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_number_sent_as_a_string_is_refused_as_the_document_types_it_and_nothing_is_appended()
    {
        Task<Alba.IScenarioResult> Retention(string body) => Send(Coordinator(), s =>
        {
            s.ConfigureHttpContext(c =>
            {
                c.Request.Method = "PUT";
                c.Request.Path = "/api/retention";
                c.Request.ContentType = "application/json";
                c.Request.Body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body));
            });
            s.IgnoreStatusCode();
        });
        var before = await EventCount();

        var refused = await Retention("""{"monthsAfterLeaving":"24"}""");
        refused.Context.Response.StatusCode.ShouldBe(400);
        refused.Context.Response.ContentType.ShouldStartWith("application/problem+json");
        (await EventCount()).ShouldBe(before);

        (await Retention("""{"monthsAfterLeaving":24}""")).Context.Response.StatusCode.ShouldBe(200);
        (await EventCount()).ShouldBe(before + 1);
    }

    [Fact]
    public async Task Enums_are_strings_that_never_list_null_and_a_nullable_enum_says_so_once()
    {
        var contract = await OpenApiContract.ReadAsync(Host);
        var enums = Schemas(contract.Document).Where(s => s.Schema["enum"] is JsonArray).ToList();
        enums.ShouldNotBeEmpty();
        enums.Where(s => s.Schema["enum"]!.AsArray().Any(v => v is null) || s.Schema["type"]?.ToString() != "string")
            .Select(s => $"{s.Where}: {s.Schema.ToJsonString()}").ToList().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_required_request_field_is_never_nullable_and_an_answer_field_is_required_unless_it_may_be_left_out()
    {
        var contract = await OpenApiContract.ReadAsync(Host);
        var faults = new List<string>();
        foreach (var name in RequestSchemas(contract))
        {
            var schema = contract.Schemas[name]!.AsObject();
            foreach (var field in schema["required"]?.AsArray() ?? [])
                if (IsNullable(schema["properties"]![field!.GetValue<string>()]!)) faults.Add($"{name}.{field} is required and nullable");
        }
        // Fields the API accepts when left out (checked against the API itself in ReplayedAnswersTests).
        foreach (var (name, field) in new[] { ("PostCase", "dueOn"), ("OpenCampaign", "tasks"), ("IssueFunderReport", "cutOff") })
            if (contract.Schemas[name]?["required"]?.AsArray().Any(r => r!.GetValue<string>() == field) ?? true) faults.Add($"{name}.{field} is said required");
        // A suppressed figure is {"suppressed":true}: its value is left out.
        if (contract.Schemas["Figure"]?["required"]?.AsArray().Count > 0) faults.Add("Figure has required fields");
        faults.ShouldBeEmpty();
    }

    [Fact]
    public async Task No_string_format_promises_more_than_the_values_hold()
    {
        // RFC 3339's "time" needs an offset (09:30:00Z); the desks' hours are local times of day (09:30:00).
        var contract = await OpenApiContract.ReadAsync(Host);
        Schemas(contract.Document).Where(s => s.Schema["format"]?.ToString() is "time")
            .Select(s => s.Where).ToList().ShouldBeEmpty();
    }

    [Fact]
    public async Task Refusals_are_documented_as_problem_json_wherever_they_can_happen()
    {
        var contract = await OpenApiContract.ReadAsync(Host);
        var faults = new List<string>();
        foreach (var (method, template, operation) in contract.Operations.Where(o => o.Template.StartsWith("/api/", StringComparison.Ordinal)))
        {
            var responses = operation["responses"]!.AsObject();
            var hasBody = operation["requestBody"] is not null;
            var json = operation["requestBody"]?["content"]?["application/json"] is not null;
            var keyed = operation["parameters"]?.AsArray().Any(p => p?["name"]?.ToString() == "Idempotency-Key") ?? false;
            var expected = new List<int> { 401, 403, 503 };
            if (template.Contains('{') || operation["parameters"]?.AsArray().Any(p => p?["in"]?.ToString() == "query") == true || hasBody) expected.Add(400);
            if (template.Contains('{')) expected.Add(404);
            if (method != "GET") expected.AddRange([400, 409]);
            if (hasBody) expected.Add(413);
            if (json) expected.Add(415);
            if (keyed) expected.Add(422);
            foreach (var status in expected.Distinct())
                if (responses[status.ToString()] is null) faults.Add($"{method} {template}: {status} is not documented");
            foreach (var (status, response) in responses.Where(r => r.Key[0] is '4' or '5'))
                if (response?["content"] is not JsonObject content || !content.ContainsKey("application/problem+json"))
                    faults.Add($"{method} {template}: {status} is not documented as application/problem+json");
        }
        faults.ShouldBeEmpty();
    }

    [Fact]
    public async Task No_answer_is_documented_as_an_empty_object_or_a_result_type()
    {
        var contract = await OpenApiContract.ReadAsync(Host);
        contract.Schemas.ContainsKey("IResult").ShouldBeFalse();
        var faults = contract.Operations
            .SelectMany(o => o.Operation["responses"]!.AsObject().Select(r => (o, Status: r.Key, Response: r.Value)))
            .Where(r => r.Response?["content"]?.AsObject().Any(c => contract.Resolve(c.Value?["schema"]) is { } schema
                && schema["type"]?.ToString() == "object" && schema["properties"] is null && schema["additionalProperties"] is null) == true
                || r.Status == "200" && r.o.Operation["responses"]!["201"] is not null)
            .Select(r => $"{r.o.Method} {r.o.Template} {r.Status}").ToList();
        faults.ShouldBeEmpty();
    }

    private static bool IsNullable(JsonNode schema) =>
        schema["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null")
        || schema["oneOf"] is JsonArray choices && choices.Any(c => c?["type"]?.ToString() == "null");

    /// <summary>The request bodies' schemas, and every schema they hold.</summary>
    private static IReadOnlySet<string> RequestSchemas(OpenApiContract contract)
    {
        var names = new HashSet<string>();
        void Visit(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o when o["$ref"]?.GetValue<string>() is { } reference:
                    var name = reference.Split('/')[^1];
                    if (names.Add(name)) Visit(contract.Schemas[name]);
                    break;
                case JsonObject o: foreach (var (_, value) in o) Visit(value); break;
                case JsonArray a: foreach (var value in a) Visit(value); break;
            }
        }
        foreach (var (_, _, operation) in contract.Operations) Visit(operation["requestBody"]);
        return names;
    }

    /// <summary>Every schema object of the document, with where it is.</summary>
    private static IEnumerable<(string Where, JsonObject Schema)> Schemas(JsonNode document)
    {
        IEnumerable<(string, JsonObject)> Walk(JsonNode? node, string where)
        {
            switch (node)
            {
                case JsonObject o:
                    if (o.ContainsKey("type") || o.ContainsKey("enum") || o.ContainsKey("format")) yield return (where, o);
                    foreach (var (key, value) in o)
                    foreach (var found in Walk(value, $"{where}/{key}"))
                        yield return found;
                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    foreach (var found in Walk(a[i], $"{where}/{i}"))
                        yield return found;
                    break;
            }
        }
        return Walk(document["paths"], "#/paths").Concat(Walk(document["components"]?["schemas"], "#/components/schemas"));
    }
}
