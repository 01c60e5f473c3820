using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LivingLibrary.Api.Platform;

/// <summary>Documents the raw text/csv body of the endpoints that read one themselves (they declare [Consumes("text/csv")]).</summary>
internal sealed class CsvRequestBody : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var csv = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAcceptsMetadata>()
            .Any(a => a.ContentTypes.Contains("text/csv"));
        if (csv && operation.RequestBody is null)
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "A CSV file: a header line naming the columns, then one participant a line.",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["text/csv"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            };
        return Task.CompletedTask;
    }
}
