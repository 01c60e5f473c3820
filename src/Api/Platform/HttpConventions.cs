using JasperFx.CodeGeneration.Frames;
using JasperFx.CodeGeneration;
using LivingLibrary.Projections.Library;
using System.Text.Json;
using JasperFx;
using Microsoft.AspNetCore.Diagnostics;

namespace LivingLibrary.Api.Platform;

/// <summary>The conventions every endpoint shares: problem+json errors, OpenAPI, health, Wolverine's HTTP policies.</summary>
public static partial class HttpConventions
{
    public static void AddHttpConventions(this WebApplicationBuilder builder)
    {
        // No answer names the code's types or echoes a huge input back (Wolverine's message for an unreadable
        // query value does both): internal names are shortened to the type's own, details are bounded.
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            if (context.ProblemDetails.Detail is { } detail) context.ProblemDetails.Detail = Plain(detail);
        });
        builder.Services.ConfigureHttpJsonOptions(options => ViewJson.Configure(options.SerializerOptions));
        // MVC's JSON options (the console's Razor Pages bring MVC, and test hosts such as Alba then read with them) are the same.
        builder.Services.Configure<JsonOptions>(options => ViewJson.Configure(options.JsonSerializerOptions));
        builder.AddRequestLog();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer<BearerSecurityScheme>().AddOperationTransformer<CsvRequestBody>().AddOperationTransformer<IdempotencyKeyHeader>()
            .AddSchemaTransformer<ChoiceSchemas>());
        builder.Services.AddHealthChecks()
            .AddNpgSql(_ => EventStore.ConnectionString(builder.Configuration), name: "postgresql", tags: ["ready"]);
    }

    public static void UseHttpConventions(this WebApplication app)
    {
        app.UseHttpLogging();
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        // Every answer names the correlation id its events record: the caller's X-Correlation-ID when it is
        // short and plain, else a new one (the trace id), which then replaces the caller's for Wolverine too.
        app.Use((context, next) =>
        {
            var given = context.Request.Headers[CorrelationIdHeader].ToString();
            var correlationId = PlainCorrelationId().IsMatch(given)
                ? given
                : System.Diagnostics.Activity.Current?.RootId ?? Guid.NewGuid().ToString("N");
            context.Request.Headers[CorrelationIdHeader] = correlationId;
            context.Response.Headers[CorrelationIdHeader] = correlationId;
            return next(context);
        });
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z0-9._:-]{1,64}$")]
    private static partial System.Text.RegularExpressions.Regex PlainCorrelationId();

    private static string Plain(string detail)
    {
        var bounded = detail.Length > 300 ? detail[..300] + "…" : detail;
        return InternalName().Replace(bounded, name => name.Groups["type"].Value);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:LivingLibrary|System|Microsoft|Marten|Wolverine|JasperFx|Npgsql)(?:\.\w+)*\.(?<type>\w+)\b")]
    private static partial System.Text.RegularExpressions.Regex InternalName();

    public const string CorrelationIdHeader = "X-Correlation-ID";

    public static void UseLivingLibraryConventions(this WolverineHttpOptions opts)
    {
        opts.RequireAuthorizeOnAll();

        // The organisation (or a network coordinator's network) is the tenant, and it comes from the validated token only.
        opts.TenantId.DetectWith(new CallerTenant());
        opts.TenantId.AssertExists();

        opts.AddPolicy<RequiredBodyPolicy>();
        opts.AddPolicy<RequestValuesPolicy>();
        opts.AddPolicy<IfMatchPolicy>();
        opts.ApplyCorrelationIdHeaderToAllEndpoints = true;
        opts.RejectUnparseableQueryValues = true;
        opts.RejectUnparseableHeaderValues = true;

        opts.ConfigureEndpoints(chain =>
        {
            chain.Metadata.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        });
    }
}

/// <summary>Any exception that escapes becomes a problem+json without internals; bad request bodies become 400.</summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "The request could not be read."),
            System.Text.Json.JsonException => (StatusCodes.Status400BadRequest, "The request body is not valid JSON for this endpoint."),
            _ when ConflictRetries.LostARace(exception) && context.Request.Headers.IfMatch.Count > 0 => (StatusCodes.Status412PreconditionFailed,
                "Someone else changed this after the version you sent in If-Match. Read it again and send its new version."),
            _ when ConflictRetries.LostARace(exception) => (StatusCodes.Status409Conflict,
                "Others changed this at the same moment, again and again. Read it again and decide with what it is now."),
            JasperFx.Events.ExistingStreamIdCollisionException => (StatusCodes.Status409Conflict, "This already exists."),
            _ when IsUniqueViolation(exception) => (StatusCodes.Status409Conflict, "This already exists."),
            _ when DatabaseIsUnreachable(exception) => (StatusCodes.Status503ServiceUnavailable,
                "The database cannot be reached right now; nothing was changed. Try again in a few seconds."),
            _ => (StatusCodes.Status500InternalServerError, "Something went wrong on our side."),
        };
        if (status >= 500) logger.LogError(exception, "Unhandled exception on {Method} {Path}", context.Request.Method, context.Request.Path);

        context.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable) context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title },
        });
    }

    public const int RetryAfterSeconds = 5;

    /// <summary>PostgreSQL is down, restarting or out of connections: the request can be sent again as it is.</summary>
    private static bool DatabaseIsUnreachable(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
            if (exception switch
                {
                    Npgsql.PostgresException p => p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState is "57P01" or "57P02" or "57P03" or "53300",
                    Npgsql.NpgsqlException n => n.IsTransient,
                    System.Net.Sockets.SocketException or TimeoutException => true,
                    _ => false,
                })
                return true;
        return false;
    }

    private static bool IsUniqueViolation(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
            if (exception is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation }) return true;
        return false;
    }
}

/// <summary>
/// A JSON body of <c>null</c> reaches an endpoint as a null command: every endpoint that reads one
/// refuses it first (400), before anything else runs.
/// </summary>
internal sealed class RequiredBodyPolicy : IHttpPolicy
{
    public void Apply(IReadOnlyList<HttpChain> chains, GenerationRules rules, IServiceContainer container)
    {
        foreach (var chain in chains.Where(c => c.RequestType is { IsValueType: false }))
        {
            var check = typeof(RequiredBodyPolicy).GetMethod(nameof(Required))!.MakeGenericMethod(chain.RequestType!);
            chain.AddMiddlewareFirst(rules, new MethodCall(typeof(RequiredBodyPolicy), check));
            chain.Metadata.ProducesProblem(StatusCodes.Status400BadRequest);
        }
    }

    public static ProblemDetails Required<T>(T? body) where T : class =>
        body is not null
            ? WolverineContinue.NoProblems
            : Refusal.Invalid("body", "is required: a JSON object, not null.").ToProblem();
}
