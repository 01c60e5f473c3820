using System.Text.Json;

namespace LivingLibrary.Api.Platform;

/// <summary>
/// A JSON body is read as the endpoint's command before the endpoint runs. One that cannot be read is refused here
/// with the 400 of a domain refusal, naming every field at fault and what it must be (<see cref="JsonShape"/>), so
/// Wolverine never meets it: its own answer named the code's types, reported the first field only, and logged a
/// stack trace for each such request.
/// </summary>
public static class ReadableBodies
{
    public static void UseReadableBodies(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>() is not { RequestType: { } type } accepts
            || type == typeof(void) || !accepts.ContentTypes.Contains("application/json") || !IsJson(context.Request.ContentType))
        {
            await next(context);
            return;
        }

        context.Request.EnableBuffering();
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        context.Request.Body.Position = body.Position = 0;
        var options = JsonOptions(context);
        try
        {
            await JsonSerializer.DeserializeAsync(body, type, options, context.RequestAborted);
        }
        catch (JsonException)
        {
            await Results.Problem(Refusal.Invalid(JsonShape.Errors(body.ToArray(), type, options)).ToProblem()).ExecuteAsync(context);
            return;
        }
        await next(context);
    });

    /// <summary>The options Wolverine reads bodies with.</summary>
    public static JsonSerializerOptions JsonOptions(HttpContext context) =>
        context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;

    /// <summary>The bodies Wolverine reads as JSON (any other is its 415).</summary>
    private static bool IsJson(string? contentType) =>
        string.IsNullOrEmpty(contentType) || contentType.StartsWith("application/json", StringComparison.Ordinal)
        || contentType.StartsWith("text/json", StringComparison.Ordinal) || contentType.Contains("*/*", StringComparison.Ordinal)
        || contentType.Contains("+json", StringComparison.Ordinal);
}
