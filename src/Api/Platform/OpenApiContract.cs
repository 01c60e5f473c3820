using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LivingLibrary.Api.Platform;

/// <summary>
/// What /openapi/v1.json promises, so that a generator and a validator can trust it (docs/adr/0017): every
/// answer the API can give is documented with its real content type, and schemas say what the API reads and writes.
/// </summary>
public static class OpenApiContract
{
    public static OpenApiOptions AddContract(this OpenApiOptions options) =>
        options.AddDocumentTransformer<BearerSecurityScheme>()
            .AddOperationTransformer<CsvRequestBody>()
            .AddOperationTransformer<IdempotencyKeyHeader>()
            .AddOperationTransformer<OperationNames>()
            .AddOperationTransformer<DocumentedAnswers>()
            .AddSchemaTransformer<ChoiceSchemas>()
            .AddSchemaTransformer<TruthfulSchemas>()
            .AddSchemaTransformer<ProblemSchemas>()
            .AddDocumentTransformer<NoResultSchema>();

    /// <summary>
    /// The refusals every endpoint can give, as endpoint metadata of every chain (problem+json): a request that cannot be
    /// read or a token without an organisation (400), a body beyond the limit (413), the database out of reach (503), a fault
    /// of ours (500, without internals: a client can meet one, so it is documented, and a request that got one kept nothing);
    /// a resource named in the path that is not there (404); a body of another content type than it reads (415); a command
    /// refused by the state or losing a race again and again (409).
    /// </summary>
    public static void DocumentRefusals(HttpChain chain)
    {
        chain.Metadata.ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status500InternalServerError)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        if (chain.RoutePattern?.Parameters.Count > 0) chain.Metadata.ProducesProblem(StatusCodes.Status404NotFound);
        if (chain.HasRequestType || chain.Method.Method.GetCustomAttribute<Microsoft.AspNetCore.Mvc.ConsumesAttribute>() is not null)
            chain.Metadata.ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        if (chain.HttpMethods.Any(m => m != HttpMethods.Get)) chain.Metadata.ProducesProblem(StatusCodes.Status409Conflict);
    }
}

/// <summary>
/// An operation's id is its slice (the endpoint class without "Endpoint"), which a generated client names its method
/// after; its description is a sentence: the endpoint's own [EndpointDescription], else its summary.
/// </summary>
internal sealed class OperationNames : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (context.Description.ActionDescriptor is Microsoft.AspNetCore.Mvc.Controllers.ControllerActionDescriptor { MethodInfo: { } method })
        {
            var type = method.DeclaringType!;
            var slice = type.Name.Replace("Endpoints", "", StringComparison.Ordinal).Replace("Endpoint", "", StringComparison.Ordinal);
            var endpoints = type.GetMethods(BindingFlags.Public | BindingFlags.Static).Count(m => m.GetCustomAttribute<WolverineHttpMethodAttribute>() is not null);
            operation.OperationId = endpoints > 1 ? method.Name + slice : slice;
        }
        var description = metadata.OfType<EndpointDescriptionAttribute>().LastOrDefault()?.Description ?? operation.Summary;
        if (description is { Length: > 0 })
            operation.Description = description.EndsWith('.') ? description : description + ".";
        return Task.CompletedTask;
    }
}

/// <summary>
/// Every answer documented as the endpoint writes it: refusals as application/problem+json; the formats an endpoint
/// also writes ([AlsoAnswers]) beside its JSON; no 200 of an empty result where the endpoint creates (201); a POST
/// that takes an Idempotency-Key also answers 422 (the same key sent with another request).
/// </summary>
internal sealed class DocumentedAnswers : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.Responses is not { } responses) return Task.CompletedTask;
        var resultTypes = context.Description.SupportedResponseTypes
            .Where(r => r.Type is { } type && typeof(IResult).IsAssignableFrom(type)).Select(r => r.StatusCode.ToString()).ToHashSet();
        foreach (var status in resultTypes)
            if (status == "200" && responses.ContainsKey("201")) responses.Remove(status);
            else if (responses.TryGetValue(status, out var response) && response is OpenApiResponse plain) plain.Content?.Clear();

        if (operation.Parameters?.Any(p => p.Name == Idempotency.Header) == true && !responses.ContainsKey("422"))
            responses["422"] = Problem("The Idempotency-Key was sent before with another request.", context);

        foreach (var (status, response) in responses.Where(r => r.Key[0] is '4' or '5'))
        {
            if (response is not OpenApiResponse { } refusal) continue;
            refusal.Content ??= new Dictionary<string, OpenApiMediaType>();
            if (refusal.Content.Remove("application/json", out var json) && !IsProblem(json.Schema))
                refusal.Content["application/json"] = json; // a report of its own (the CSV import's bad lines)
            refusal.Content[ProblemJson] = new OpenApiMediaType { Schema = ProblemSchema(status, context) };
        }

        var formats = context.Description.ActionDescriptor.EndpointMetadata.OfType<AlsoAnswersAttribute>().SelectMany(a => a.ContentTypes).ToList();
        if (formats.Count > 0 && responses.TryGetValue("200", out var ok) && ok is OpenApiResponse answer)
        {
            answer.Content ??= new Dictionary<string, OpenApiMediaType>();
            foreach (var type in formats)
                answer.Content[type] = new OpenApiMediaType
                {
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = type.StartsWith("text/", StringComparison.Ordinal) ? null : "binary" },
                };
        }
        return Task.CompletedTask;
    }

    private const string ProblemJson = "application/problem+json";

    private static bool IsProblem(IOpenApiSchema? schema) =>
        schema is OpenApiSchemaReference { Reference.Id: { } id } && id.EndsWith("ProblemDetails", StringComparison.Ordinal);

    private static IOpenApiSchema ProblemSchema(string status, OpenApiOperationTransformerContext context) =>
        new OpenApiSchemaReference(status == "400" ? nameof(HttpValidationProblemDetails) : nameof(ProblemDetails), context.Document);

    private static OpenApiResponse Problem(string description, OpenApiOperationTransformerContext context) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new() { Schema = ProblemSchema("422", context) } },
    };
}

/// <summary>
/// The result type of endpoints that write their own answer is no schema of the API's (their answers are documented).
/// Enums are documented by <see cref="ChoiceSchemas"/>.
/// </summary>
internal sealed class NoResultSchema : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components?.Schemas?.Remove(nameof(IResult));
        return Task.CompletedTask;
    }
}

/// <summary>The formats an endpoint writes besides its JSON (named by the writer's own constants), documented on its 200.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AlsoAnswersAttribute(params string[] contentTypes) : Attribute
{
    public IReadOnlyList<string> ContentTypes { get; } = contentTypes;
}

/// <summary>
/// Schemas as the API reads and writes them. Enums are strings and never list null (a nullable one is
/// <c>oneOf [null, Enum]</c>). A time of day is <c>HH:mm:ss</c> (RFC 3339's "time" would need an offset). A request
/// field is required when the command marks it <see cref="RequiredAttribute"/> (what its decision refuses when
/// left out), and then not nullable; the others may be left out or null. An answer's field is required unless
/// it is left out when null or default (<see cref="JsonIgnoreCondition"/>), and nullable as its C# type says.
/// </summary>
internal sealed class TruthfulSchemas(IApiDescriptionGroupCollectionProvider descriptions) : IOpenApiSchemaTransformer
{
    private const string NullableProperty = "x-is-nullable-property";
    private IReadOnlySet<Type>? _requestTypes;

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (type.IsEnum)
        {
            schema.Enum?.Remove(schema.Enum.FirstOrDefault(v => v is null)!);
            schema.Type = JsonSchemaType.String | (schema.Type & JsonSchemaType.Null);
        }
        if (type == typeof(TimeOnly))
        {
            schema.Format = null;
            schema.Pattern = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,7})?)?$";
        }
        if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object && schema.Properties is { Count: > 0 } && IsOurs(type))
        {
            if (RequestTypes.Contains(type)) DescribeRequest(schema, context.JsonTypeInfo);
            else DescribeAnswer(schema, context.JsonTypeInfo);
        }
        return Task.CompletedTask;
    }

    private static void DescribeRequest(OpenApiSchema schema, JsonTypeInfo info)
    {
        schema.Required = new HashSet<string>();
        foreach (var property in info.Properties)
        {
            if (!schema.Properties!.TryGetValue(property.Name, out var field)) continue;
            if (property.Set is null && property.AssociatedParameter is null)
            {
                schema.Properties.Remove(property.Name); // computed from the others: never read
                continue;
            }
            if (Marked<RequiredAttribute>(property))
            {
                schema.Required.Add(property.Name);
                NotNullable(field);
            }
        }
    }

    private static void DescribeAnswer(OpenApiSchema schema, JsonTypeInfo info)
    {
        schema.Required = new HashSet<string>();
        foreach (var property in info.Properties)
        {
            if (!schema.Properties!.TryGetValue(property.Name, out var field)) continue;
            var ignored = Attribute<JsonIgnoreAttribute>(property)?.Condition;
            if (ignored is JsonIgnoreCondition.WhenWritingNull or JsonIgnoreCondition.WhenWritingDefault) NotNullable(field);
            else schema.Required.Add(property.Name);
        }
    }

    private static void NotNullable(IOpenApiSchema field)
    {
        if (field is not OpenApiSchema inline) return;
        if (inline.Type is { } type) inline.Type = type & ~JsonSchemaType.Null;
        inline.Enum?.Remove(inline.Enum.FirstOrDefault(v => v is null)!);
        if (inline.Metadata?.ContainsKey(NullableProperty) == true) inline.Metadata[NullableProperty] = false;
        if (inline.OneOf is { Count: > 0 } choices)
            foreach (var choice in choices.Where(c => c is OpenApiSchema { Type: JsonSchemaType.Null }).ToList()) choices.Remove(choice);
    }

    private static bool Marked<T>(JsonPropertyInfo property) where T : Attribute => Attribute<T>(property) is not null;

    private static T? Attribute<T>(JsonPropertyInfo property) where T : Attribute =>
        property.AttributeProvider?.GetCustomAttributes(typeof(T), true).OfType<T>().FirstOrDefault()
        ?? property.AssociatedParameter?.AttributeProvider?.GetCustomAttributes(typeof(T), true).OfType<T>().FirstOrDefault();

    private static bool IsOurs(Type type) => type.Namespace?.StartsWith("LivingLibrary", StringComparison.Ordinal) == true;

    /// <summary>The request bodies' types and every type they hold.</summary>
    private IReadOnlySet<Type> RequestTypes => _requestTypes ??= Collect(descriptions.ApiDescriptionGroups.Items
        .SelectMany(g => g.Items).SelectMany(d => d.ParameterDescriptions)
        .Where(p => p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Body).Select(p => p.Type));

    private static HashSet<Type> Collect(IEnumerable<Type> roots)
    {
        var found = new HashSet<Type>();
        void Visit(Type type)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type.IsArray) { Visit(type.GetElementType()!); return; }
            if (type.IsGenericType) { foreach (var argument in type.GetGenericArguments()) Visit(argument); }
            if (!IsOurs(type) || !found.Add(type)) return;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)) Visit(property.PropertyType);
        }
        foreach (var root in roots) Visit(root);
        return found;
    }
}
