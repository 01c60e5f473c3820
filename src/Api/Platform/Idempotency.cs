using System.Security.Cryptography;
using JasperFx;
using Microsoft.OpenApi;

namespace LivingLibrary.Api.Platform;

/// <summary>
/// A command's first answer, kept under the caller's Idempotency-Key (per organisation, for 24 hours).
/// Stored with Marten, one document per key: inserting it is what claims the key, so two requests with
/// one key run once.
/// </summary>
public sealed record IdempotentAnswer(string Id, string RequestHash, DateTimeOffset ReceivedAt, bool Answered,
    int Status, string? ContentType, string? Location, string? ETag, byte[] Body);

/// <summary>
/// The Idempotency-Key header (IETF httpapi draft) on every POST: the same key with the same request
/// within 24 hours replays the first answer and runs nothing; with another request it is a 422; while the
/// first is still running, a second waits for its answer. An answer of 5xx is not kept, so the request
/// can be retried.
/// </summary>
public static class Idempotency
{
    public const string Header = "Idempotency-Key";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public static void UseIdempotencyKeys(this WebApplication app) => app.Use(async (context, next) =>
    {
        var key = context.Request.Headers[Header].ToString();
        var organisation = context.User.FindFirst(Security.OrganisationClaim)?.Value;
        if (!HttpMethods.IsPost(context.Request.Method) || key.Length == 0 || organisation is null
            || context.GetEndpoint()?.Metadata.GetMetadata<NotKeptForIdempotencyAttribute>() is not null)
        {
            await next(context);
            return;
        }
        if (key.Length > 255 || key.Any(char.IsControl))
        {
            await Problem(context, StatusCodes.Status400BadRequest, "The Idempotency-Key must be at most 255 plain characters.");
            return;
        }

        var store = context.RequestServices.GetRequiredService<IDocumentStore>();
        var clock = context.RequestServices.GetRequiredService<TimeProvider>();
        var hash = await HashAsync(context.Request);
        await using var session = store.LightweightSession(organisation);

        var claimed = new IdempotentAnswer(key, hash, clock.GetUtcNow(), false, 0, null, null, null, []);
        if (!await TryClaimAsync(session, claimed))
        {
            var first = await AnswerOfAsync(session, key, context.RequestAborted);
            if (first is null || first.ReceivedAt < clock.GetUtcNow() - Lifetime)
            {
                if (first is not null) session.Delete<IdempotentAnswer>(key);
                session.Store(claimed);
                await session.SaveChangesAsync();
            }
            else if (first.RequestHash != hash)
            {
                await Problem(context, StatusCodes.Status422UnprocessableEntity,
                    "This Idempotency-Key was used for another request. Use a new key for a new request.");
                return;
            }
            else
            {
                await ReplayAsync(context, first);
                return;
            }
        }

        // The first request with this key: run it, keeping its answer.
        var body = context.Response.Body;
        using var kept = new MemoryStream();
        context.Response.Body = kept;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
            var status = context.Response.StatusCode;
            if (status >= 500) session.Delete<IdempotentAnswer>(key);
            else
                session.Store(claimed with
                {
                    Answered = true,
                    Status = status,
                    ContentType = context.Response.ContentType,
                    Location = context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
                    ETag = context.Response.Headers.ETag.ToString() is { Length: > 0 } tag ? tag : null,
                    Body = kept.ToArray(),
                });
            await session.SaveChangesAsync();
            kept.Position = 0;
            await kept.CopyToAsync(body);
        }
    });

    private static async Task<bool> TryClaimAsync(IDocumentSession session, IdempotentAnswer claimed)
    {
        session.Insert(claimed);
        try
        {
            await session.SaveChangesAsync();
            return true;
        }
        catch (DocumentAlreadyExistsException)
        {
            session.EjectAllPendingChanges();
            return false;
        }
    }

    /// <summary>The first answer, once the first request has it (waiting for it a few seconds at most).</summary>
    private static async Task<IdempotentAnswer?> AnswerOfAsync(IDocumentSession session, string key, CancellationToken aborted)
    {
        var waited = TimeSpan.Zero;
        while (true)
        {
            var first = await session.LoadAsync<IdempotentAnswer>(key, aborted);
            if (first is null || first.Answered || waited >= Patience) return first;
            var pause = TimeSpan.FromMilliseconds(50);
            await Task.Delay(pause, aborted);
            waited += pause;
        }
    }

    private static async Task ReplayAsync(HttpContext context, IdempotentAnswer first)
    {
        if (!first.Answered)
        {
            await Problem(context, StatusCodes.Status409Conflict, "The first request with this Idempotency-Key is still running. Try again in a moment.");
            return;
        }
        context.Response.StatusCode = first.Status;
        if (first.ContentType is not null) context.Response.ContentType = first.ContentType;
        if (first.Location is not null) context.Response.Headers.Location = first.Location;
        if (first.ETag is not null) context.Response.Headers.ETag = first.ETag;
        context.Response.Headers["Idempotent-Replayed"] = "true";
        await context.Response.Body.WriteAsync(first.Body, context.RequestAborted);
    }

    private static async Task<string> HashAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var buffer = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0) hash.AppendData(buffer, 0, read);
        request.Body.Position = 0;
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static Task Problem(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = "The Idempotency-Key does not fit this request.", Detail = detail },
        }).AsTask();
    }
}

/// <summary>
/// A POST whose request must not be kept, not even as a hash beside its answer: an anonymous answer's code would
/// be linked to the answers (docs/adr/0009). Its Idempotency-Key is ignored.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NotKeptForIdempotencyAttribute : Attribute;

/// <summary>Says in the OpenAPI document that every POST takes an Idempotency-Key.</summary>
internal sealed class IdempotencyKeyHeader : Microsoft.AspNetCore.OpenApi.IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, Microsoft.AspNetCore.OpenApi.OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.HttpMethod != "POST" || !(context.Description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) ?? false)
            || context.Description.ActionDescriptor.EndpointMetadata.OfType<NotKeptForIdempotencyAttribute>().Any())
            return Task.CompletedTask;
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = Idempotency.Header,
            In = ParameterLocation.Header,
            Required = false,
            Description = "Sent again with the same request within 24 hours, the first answer is replayed and nothing runs twice; with another request, 422.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 255 },
        });
        return Task.CompletedTask;
    }
}
