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
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemShape.Apply);
        // A header value that is not ASCII reaches the endpoints (bytes that are not UTF-8 read as U+FFFD), which answer it
        // as any other value; Kestrel's default refuses the whole request with an empty 400 before any middleware.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.RequestHeaderEncodingSelector = _ => HeaderEncoding);
        builder.Services.ConfigureHttpJsonOptions(options => ViewJson.Configure(options.SerializerOptions));
        // MVC's JSON options (the console's Razor Pages bring MVC, and test hosts such as Alba then read with them) are the same.
        builder.Services.Configure<JsonOptions>(options => ViewJson.Configure(options.JsonSerializerOptions));
        builder.AddRequestLog();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddOpenApi(options => options.AddContract());
        builder.Services.AddHealthChecks()
            .AddNpgSql(_ => EventStore.ConnectionString(builder.Configuration), name: "postgresql", tags: ["ready"]);
    }

    public static void UseHttpConventions(this WebApplication app)
    {
        // Behind the reverse proxy (docs/operations.md), browsers are told to come back over HTTPS only; the proxy redirects HTTP.
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        // Answers carry organisations' and people's data: no cache (a browser's, a proxy's) may keep one. Only what sets its
        // own policy (the console's stylesheet) is left to it.
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                if (!context.Response.Headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.CacheControl))
                    context.Response.Headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseHttpLogging();
        // The console shows its errors as pages of its own (ConsoleSetup.UseErrorPages); the API answers problem+json.
        app.UseWhen(context => !ConsolePages.ConsoleSetup.IsConsole(context), api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });

        // Every answer names the correlation id its events record: the caller's X-Correlation-ID when it is an
        // id that cannot carry words (a GUID, or 16 to 32 hex digits such as a W3C trace id), else a new one (the
        // trace id), which then replaces the caller's for Wolverine too. Text there could name a person (docs/adr/0014).
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

    [System.Text.RegularExpressions.GeneratedRegex("^(?:[0-9A-Fa-f]{16,32}|[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})$")]
    private static partial System.Text.RegularExpressions.Regex PlainCorrelationId();

    private static readonly System.Text.Encoding HeaderEncoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

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

        opts.ConfigureEndpoints(OpenApiContract.DocumentRefusals);
    }
}

/// <summary>Any exception that escapes becomes a problem+json without internals; bad request bodies become 400.</summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        // A 400 is about the body, said as every other 400 is: the title is then what is wrong with it.
        var (status, title) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } => (StatusCodes.Status400BadRequest, Says.BodyBroken),
            BadHttpRequestException bad => (bad.StatusCode, Says.RequestUnreadable),
            System.Text.Json.JsonException => (StatusCodes.Status400BadRequest, Says.BodyNotJsonForRequest),
            _ when ConflictRetries.LostARace(exception) && context.Request.Headers.IfMatch.Count > 0 => (StatusCodes.Status412PreconditionFailed, Says.StaleRace),
            _ when ConflictRetries.LostARace(exception) => (StatusCodes.Status409Conflict, Says.LostRaces),
            JasperFx.Events.ExistingStreamIdCollisionException => (StatusCodes.Status409Conflict, Says.AlreadyExists),
            _ when IsUniqueViolation(exception) => (StatusCodes.Status409Conflict, Says.AlreadyExists),
            _ when DatabaseIsUnreachable(exception) => (StatusCodes.Status503ServiceUnavailable, Says.DatabaseUnreachable),
            _ => (StatusCodes.Status500InternalServerError, Says.SomethingWentWrong),
        };
        if (status >= 500) logger.LogError(exception, "Unhandled exception on {Method} {Path}", context.Request.Method, context.Request.Path);

        context.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable) context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = status == StatusCodes.Status400BadRequest
                ? Refusal.Invalid(JsonShape.Body, title).ToProblem()
                : Problems.Said(status, title),
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
            : Refusal.Invalid(JsonShape.Body, Says.BodyRequiredNotNull).ToProblem();
}
