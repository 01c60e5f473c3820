using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LivingLibrary.Api.Platform;

/// <summary>
/// Documents every enum as the strings it is read from (<see cref="Choices"/>, docs/adr/0019): the OpenAPI generator
/// cannot see through the API's own converter, and would describe a choice as anything at all.
/// </summary>
internal sealed class ChoiceSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if ((Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type) is { IsEnum: true } type)
        {
            schema.Type = JsonSchemaType.String;
            schema.Enum = [.. Choices.NamesOf(type).Select(name => (JsonNode)name)];
        }
        return Task.CompletedTask;
    }
}
