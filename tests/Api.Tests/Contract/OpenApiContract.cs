using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Alba;
using Json.Schema;

namespace LivingLibrary.Api.Tests.Contract;

/// <summary>
/// The API's OpenAPI document as an outside client reads it: find the operation an answer belongs to,
/// and say everything in the answer that the document does not promise (status, content type, body).
/// </summary>
public sealed class OpenApiContract
{
    public JsonNode Document { get; }
    private readonly JsonObject _schemas;
    private readonly IReadOnlyList<(Regex Path, int Parameters, string Template)> _templates;
    private readonly ConcurrentDictionary<string, JsonSchema> _validators = new();

    private OpenApiContract(JsonNode document)
    {
        Document = document;
        _schemas = document["components"]?["schemas"]?.AsObject() ?? [];
        _templates = [.. Paths.Select(p => p.Key).Select(template => (
            new Regex("^" + Regex.Replace(Regex.Escape(template).Replace(@"\{", "{"), "{[^}/]+}", "[^/]+") + "$"),
            template.Count(c => c == '{'), template))];
    }

    public static async Task<OpenApiContract> ReadAsync(IAlbaHost host) =>
        new(JsonNode.Parse(await (await host.Scenario(s => s.Get.Url("/openapi/v1.json"))).ReadAsTextAsync())!);

    public JsonObject Paths => Document["paths"]!.AsObject();
    public JsonObject Schemas => _schemas;

    public IEnumerable<(string Method, string Template, JsonObject Operation)> Operations =>
        from path in Paths
        from verb in path.Value!.AsObject()
        select (verb.Key.ToUpperInvariant(), path.Key, verb.Value!.AsObject());

    /// <summary>A schema with its reference followed.</summary>
    public JsonObject? Resolve(JsonNode? schema) =>
        schema?["$ref"]?.GetValue<string>() is { } reference ? _schemas[reference.Split('/')[^1]]?.AsObject() : schema as JsonObject;

    public (string Template, JsonObject Operation)? Find(string method, string path)
    {
        var match = _templates.Where(t => t.Path.IsMatch(path) && Paths[t.Template]![method.ToLowerInvariant()] is not null)
            .OrderBy(t => t.Parameters).FirstOrDefault();
        return match.Template is null ? null : (match.Template, Paths[match.Template]![method.ToLowerInvariant()]!.AsObject());
    }

    /// <summary>What in one answer the document does not promise; nothing when it keeps its word.</summary>
    public IEnumerable<string> Breaches(Exchange exchange)
    {
        var at = $"{exchange.Method} {exchange.Path}{exchange.Query} → {exchange.Status}";
        if (Find(exchange.Method, exchange.Path) is not var (template, operation))
        {
            yield return $"{at}: no operation of the document matches.";
            yield break;
        }
        if (operation["responses"]?[exchange.Status.ToString()] is not JsonObject response)
        {
            yield return $"{at}: status {exchange.Status} is not documented for {exchange.Method} {template} ({Cut(exchange.ResponseBody)}).";
            yield break;
        }
        var content = response["content"]?.AsObject();
        if (exchange.ResponseBody.Length == 0 && exchange.ContentType is null) yield break;
        var mediaType = exchange.ContentType?.Split(';')[0].Trim() ?? "";
        if (content?[mediaType] is not JsonObject media)
        {
            yield return $"{at}: content type '{mediaType}' is not documented (documented: {string.Join(", ", content?.Select(c => c.Key) ?? [])}).";
            yield break;
        }
        if (!IsJson(mediaType)) yield break;
        foreach (var error in Validate($"{exchange.Method} {template} {exchange.Status} {mediaType}", media["schema"], exchange.ResponseBody))
            yield return $"{at}: {error} in {Cut(exchange.ResponseBody)}";
    }

    /// <summary>What in an accepted request's JSON body its documented request schema refuses (a field required but left out, a wrong type).</summary>
    public IEnumerable<string> RequestBreaches(Exchange exchange)
    {
        if (exchange.Status >= 300 || exchange.RequestBody is not { Length: > 0 } body || !IsJson(exchange.RequestContentType?.Split(';')[0] ?? "")
            || Find(exchange.Method, exchange.Path) is not var (template, operation))
            return [];
        var schema = operation["requestBody"]?["content"]?["application/json"]?["schema"];
        return schema is null
            ? [$"{exchange.Method} {template}: a JSON body was accepted but none is documented."]
            : Validate($"{exchange.Method} {template} request", schema, body).Select(e => $"{exchange.Method} {exchange.Path} (accepted): {e} in {Cut(body)}");
    }

    public IEnumerable<string> Validate(string key, JsonNode? schema, string json)
    {
        if (schema is null) return [];
        JsonElement instance;
        try { instance = JsonDocument.Parse(json).RootElement; }
        catch (JsonException e) { return [$"the body is not JSON ({e.Message})"]; }
        var validator = _validators.GetOrAdd(key, _ => Build(schema));
        var result = validator.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return result.IsValid
            ? []
            : (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}")).Distinct().Take(5);
    }

    /// <summary>The document's schemas as one JSON Schema (2020-12): components become $defs.</summary>
    private JsonSchema Build(JsonNode schema)
    {
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$defs"] = _schemas.DeepClone(),
            ["allOf"] = new JsonArray(schema.DeepClone()),
        };
        var text = root.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        return JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() },
            new Uri($"https://contract.invalid/{Guid.NewGuid():N}"));
    }

    public static bool IsJson(string mediaType) => mediaType is "application/json" || mediaType.EndsWith("+json", StringComparison.Ordinal);

    private static string Cut(string text) => text.Length > 300 ? text[..300] + "…" : text;
}

/// <summary>One request and its answer, as the client saw them.</summary>
public sealed record Exchange(string Method, string Path, string Query, string? RequestContentType, string? RequestBody,
    int Status, string? ContentType, string ResponseBody);
