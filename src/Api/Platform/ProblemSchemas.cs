using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LivingLibrary.Api.Platform;

/// <summary>
/// Documents what every problem carries beside RFC 9457's members (docs/adr/0017, 0020): <c>code</c> and <c>args</c>, what
/// its detail says as the catalogue's code and arguments, and for a 400 <c>errorCodes</c>, each field's messages as codes
/// beside <c>errors</c> (the same in the request's language).
/// </summary>
internal sealed class ProblemSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (!typeof(ProblemDetails).IsAssignableFrom(type)) return Task.CompletedTask;
        schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
        schema.Properties["code"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "What the detail says (or the title, when there is no detail), as a code of the catalogue: level-out-of-range.",
        };
        schema.Properties["args"] = Args();
        if (typeof(HttpValidationProblemDetails).IsAssignableFrom(type))
            schema.Properties["errorCodes"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Each field at fault, as in errors, with its messages as codes and arguments, in the same order.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = Coded() },
            };
        return Task.CompletedTask;
    }

    private static OpenApiSchema Args() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "The code's arguments by name: numbers, texts, days (yyyy-MM-dd), ids, lists of them, and other messages ({code, args}).",
    };

    private static OpenApiSchema Coded() => new()
    {
        Type = JsonSchemaType.Object,
        Properties = new Dictionary<string, IOpenApiSchema> { ["code"] = new OpenApiSchema { Type = JsonSchemaType.String }, ["args"] = Args() },
        Required = new HashSet<string> { "code", "args" },
    };
}
