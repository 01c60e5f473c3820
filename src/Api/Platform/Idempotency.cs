using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using JasperFx;
using Microsoft.OpenApi;

namespace LivingLibrary.Api.Platform;

/// <summary>
/// The answer of a command that completed, kept under a caller's Idempotency-Key (docs/adr/0016). <see cref="Id"/> is a hash
/// of the organisation, the user and the key, never the key itself. The record is written in the command's own
/// transaction (<see cref="KeptWithTheCommand"/>), and <see cref="Status"/> and the rest once it has answered. The body is
/// kept as readable JSON, so that an erasure finds the names it holds.
/// </summary>
public sealed record IdempotentAnswer(string Id, string RequestHash, DateTimeOffset ReceivedAt, int? Status = null,
    string? ContentType = null, string? Location = null, string? ETag = null, string? Body = null);

/// <summary>
/// The Idempotency-Key header (IETF httpapi draft) on every POST. A promise, not a cache: when the command completed (its
/// events committed), the same caller sending the same key and request within <see cref="Lifetime"/> gets its answer again
/// and nothing runs twice; with another request, 422. A command that failed or was refused kept nothing, so sending it
/// again runs it again. A request that wrote nothing needs no record: running it again gives the same answer.
/// </summary>
public static class Idempotency
{
    public const string Header = "Idempotency-Key";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>The keyed request running here, if any: the listener puts its record into the first transaction that writes.</summary>
    internal static readonly AsyncLocal<PendingAnswer?> Pending = new();

    public static void AddIdempotencyKeys(this WebApplicationBuilder builder) =>
        builder.Services.ConfigureMarten(opts =>
        {
            opts.Schema.For<IdempotentAnswer>();
            opts.Listeners.Add(new KeptWithTheCommand());
        });

    public static void UseIdempotencyKeys(this WebApplication app) => app.Use(async (context, next) =>
    {
        // A read goes straight on: nothing is looked up for it.
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            await next(context);
            return;
        }
        var key = context.Request.Headers[Header].ToString();
        var organisation = context.User.FindFirst(Security.OrganisationClaim)?.Value;
        var user = context.User.FindFirst(Security.UserIdClaim)?.Value;
        if (key.Length == 0 || organisation is null || user is null
            || context.GetEndpoint()?.Metadata.GetMetadata<NotKeptForIdempotencyAttribute>() is not null)
        {
            await next(context);
            return;
        }
        if (key.Length > 255 || key.Any(char.IsControl))
        {
            await Problem(context, StatusCodes.Status400BadRequest, Says.IdempotencyKeyTooLong(255));
            return;
        }

        var store = context.RequestServices.GetRequiredService<IDocumentStore>();
        var clock = context.RequestServices.GetRequiredService<TimeProvider>();
        var id = Hash($"{organisation}\n{user}\n{key}");
        var requestHash = await HashAsync(context.Request);
        if (await FirstAnswerAsync(store, organisation, id, clock, context.RequestAborted) is { } first)
        {
            await ReplayAsync(context, first, requestHash);
            return;
        }

        var pending = new PendingAnswer(organisation, new IdempotentAnswer(id, requestHash, clock.GetUtcNow()));
        Pending.Value = pending;
        var body = context.Response.Body;
        using var kept = new MemoryStream();
        context.Response.Body = kept;
        try
        {
            await next(context);
        }
        catch (Exception exception) when (AnotherTookTheKey(exception) && !context.Response.HasStarted)
        {
            // The same key was sent twice at once and the other request committed first: its answer is this one's.
            context.Response.Body = body;
            context.Response.Clear();
            await ReplayAsync(context, await FirstAnswerAsync(store, organisation, id, clock, context.RequestAborted), requestHash);
            return;
        }
        catch when (pending.Committed)
        {
            // Something failed after the command committed: its record goes, so the retry decides again on what is there now.
            await ForgetAsync(store, organisation, id);
            throw;
        }
        finally
        {
            pending.Closed = true;
            context.Response.Body = body;
        }

        if (pending.Committed) await KeepAsync(context, store, pending, kept.ToArray());
        kept.Position = 0;
        await kept.CopyToAsync(body, context.RequestAborted);
    });

    /// <summary>Deletes the answers past their lifetime, in every organisation: the daily retention job calls it.</summary>
    public static async Task ForgetExpiredAnswersAsync(this IDocumentStore store, DateTimeOffset now, CancellationToken cancellation = default)
    {
        var cut = now - Lifetime;
        await using var session = store.LightweightSession();
        session.DeleteWhere<IdempotentAnswer>(a => a.AnyTenant() && a.ReceivedAt < cut);
        await session.SaveChangesAsync(cancellation);
    }

    /// <summary>
    /// Deletes the organisation's kept answers that hold the person's id or name them (<paramref name="names"/>: the
    /// erasure's check of every name they had): the eraser calls it. Answers live a day at most, so reading them all is cheap.
    /// </summary>
    public static async Task ForgetAnswersAboutAsync(this IDocumentStore store, string organisation, Guid personId, Func<string, bool> names,
        CancellationToken cancellation = default)
    {
        await using var session = store.LightweightSession(organisation);
        var id = personId.ToString();
        foreach (var answer in await session.Query<IdempotentAnswer>().ToListAsync(cancellation))
            if (new[] { answer.Body, answer.Location }.OfType<string>().Any(text => text.Contains(id, StringComparison.OrdinalIgnoreCase) || names(text)))
                session.Delete(answer);
        await session.SaveChangesAsync(cancellation);
    }

    /// <summary>The answer kept under this key, once its request has one (waiting for it a few seconds at most); null when none is.</summary>
    private static async Task<IdempotentAnswer?> FirstAnswerAsync(IDocumentStore store, string organisation, string id, TimeProvider clock,
        CancellationToken aborted)
    {
        await using var session = store.LightweightSession(organisation);
        for (var waited = TimeSpan.Zero; ; waited += TimeSpan.FromMilliseconds(50))
        {
            var first = await session.LoadAsync<IdempotentAnswer>(id, aborted);
            if (first is not null && first.ReceivedAt < clock.GetUtcNow() - Lifetime)
            {
                session.Delete(first);
                await session.SaveChangesAsync(aborted);
                return null;
            }
            if (first is { Status: null } && waited < Patience)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), aborted);
                continue;
            }
            return first;
        }
    }

    /// <summary>
    /// The answer of a command that committed, onto its record; a status other than 2xx forgets the record instead. The
    /// command happened either way, so its caller is answered even when this fails (a retry is then told to read).
    /// </summary>
    private static async Task KeepAsync(HttpContext context, IDocumentStore store, PendingAnswer pending, byte[] body)
    {
        var response = context.Response;
        try
        {
            if (response.StatusCode is < 200 or >= 300)
            {
                await ForgetAsync(store, pending.Organisation, pending.Record.Id);
                return;
            }
            await using var session = store.LightweightSession(pending.Organisation);
            session.Store(pending.Record with
            {
                Status = response.StatusCode,
                ContentType = response.ContentType,
                Location = response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
                ETag = response.Headers.ETag.ToString() is { Length: > 0 } tag ? tag : null,
                Body = Readable.Of(body, response.ContentType, context.GetEndpoint()?.Metadata.GetMetadata<ShownOnceAttribute>()?.Property),
            });
            await session.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception notKept)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Idempotency))
                .LogWarning("The answer of {Method} {Path} was not kept under its Idempotency-Key: {Error}", context.Request.Method, context.Request.Path,
                    notKept.GetType().Name);
        }
    }

    private static async Task ForgetAsync(IDocumentStore store, string organisation, string id)
    {
        await using var session = store.LightweightSession(organisation);
        session.Delete<IdempotentAnswer>(id);
        await session.SaveChangesAsync(CancellationToken.None);
    }

    private static async Task ReplayAsync(HttpContext context, IdempotentAnswer? first, string requestHash)
    {
        if (first is not null && first.RequestHash != requestHash)
        {
            await Problem(context, StatusCodes.Status422UnprocessableEntity, Says.IdempotencyKeyReused);
            return;
        }
        if (first?.Status is not { } status)
        {
            await Problem(context, StatusCodes.Status409Conflict, Says.IdempotencyPending);
            return;
        }
        context.Response.StatusCode = status;
        if (first.ContentType is not null) context.Response.ContentType = first.ContentType;
        if (first.Location is not null) context.Response.Headers.Location = first.Location;
        if (first.ETag is not null) context.Response.Headers.ETag = first.ETag;
        context.Response.Headers["Idempotent-Replayed"] = "true";
        if (first.Body is not null) await context.Response.WriteAsync(first.Body, context.RequestAborted);
    }

    /// <summary>This key's record could not be inserted: another request with the same key committed it first.</summary>
    private static bool AnotherTookTheKey(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
            if (exception is DocumentAlreadyExistsException { DocType: var type } && type == typeof(IdempotentAnswer)) return true;
        return false;
    }

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static async Task<string> HashAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var buffer = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0) hash.AppendData(buffer, 0, read);
        request.Body.Position = 0;
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static Task Problem(HttpContext context, int status, Message detail)
    {
        context.Response.StatusCode = status;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = Problems.Said(status, Says.IdempotencyKeyMismatch, detail),
        }).AsTask();
    }

    /// <summary>
    /// An answer's body as it is kept and replayed: JSON with its text unescaped (some of the API's JSON writes "Zélie" as
    /// "Z\u00E9lie"), so that a search of the stored answers finds a name; the same JSON value as the first answer, but for
    /// the property shown once (<see cref="ShownOnceAttribute"/>), which is never kept.
    /// </summary>
    private static class Readable
    {
        private static readonly JsonSerializerOptions Kept = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public static string? Of(byte[] body, string? contentType, string? shownOnce)
        {
            if (body.Length == 0) return null;
            if (!(contentType?.Contains("json", StringComparison.OrdinalIgnoreCase) ?? false)) return Encoding.UTF8.GetString(body);
            if (shownOnce is not null)
            {
                var answer = System.Text.Json.Nodes.JsonNode.Parse(body)!.AsObject();
                answer.Remove(shownOnce);
                return answer.ToJsonString(Kept);
            }
            using var json = JsonDocument.Parse(body);
            return JsonSerializer.Serialize(json.RootElement, Kept);
        }
    }
}

/// <summary>A keyed request's record, waiting for the first transaction of the request that writes something.</summary>
internal sealed class PendingAnswer(string organisation, IdempotentAnswer record)
{
    public string Organisation { get; } = organisation;
    public IdempotentAnswer Record { get; } = record;

    /// <summary>The session whose transaction holds the record (a retry's new session takes it again).</summary>
    public IDocumentSession? Session { get; set; }

    public bool Committed { get; set; }

    /// <summary>The request is over: nothing started by it later may take the record.</summary>
    public bool Closed { get; set; }
}

/// <summary>
/// Inserts a keyed request's record into the first transaction of that request that writes something, so that the record
/// commits with the command's events or not at all. A second request with the same key then fails on the record's id, and
/// is answered with the first one's answer.
/// </summary>
internal sealed class KeptWithTheCommand : DocumentSessionListenerBase
{
    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        if (Idempotency.Pending.Value is { Committed: false, Closed: false } pending && !ReferenceEquals(pending.Session, session))
        {
            session.ForTenant(pending.Organisation).Insert(pending.Record);
            pending.Session = session;
        }
        return Task.CompletedTask;
    }

    public override Task AfterCommitAsync(IDocumentSession session, Marten.Services.IChangeSet commit, CancellationToken token)
    {
        if (Idempotency.Pending.Value is { } pending && ReferenceEquals(pending.Session, session)) pending.Committed = true;
        return Task.CompletedTask;
    }
}

/// <summary>
/// A POST whose request must not be kept, not even as a hash beside its answer: an anonymous answer's code would
/// be linked to the answers (docs/adr/0009). Its Idempotency-Key is ignored.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NotKeptForIdempotencyAttribute : Attribute;

/// <summary>
/// A property of a POST's answer that is shown once: the Idempotency-Key's record keeps the answer without it, so that a
/// replay says what was done, not this (the plain one-time answer codes, which are kept nowhere else: docs/adr/0009).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ShownOnceAttribute(string property) : Attribute
{
    /// <summary>Its JSON name.</summary>
    public string Property { get; } = property;
}

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
            Description = "Yours alone: sent again by you with the same request within 24 hours of a command that completed, its answer is replayed "
                + "and nothing runs twice; with another request, 422. A failed or refused command keeps nothing, so sending it again runs it again.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 255 },
        });
        return Task.CompletedTask;
    }
}
