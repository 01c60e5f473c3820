using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using LivingLibrary.Projections.Library;

namespace LivingLibrary.Api.Platform;

/// <summary>
/// The API's own request pipeline, run in-process for a caller who is already signed in (a console page): one path for a
/// command, whoever calls it (docs/adr/0022). The request goes through every middleware and the endpoint as one sent over
/// HTTP would (access, If-Match, the values' rules, the decision, the append with the caller and the correlation id,
/// Idempotency-Key, retries after a lost race, the access journal), and its answer comes back as sent.
/// </summary>
public sealed class InProcessApi(IServiceScopeFactory scopes)
{
    /// <summary>The whole pipeline after its first middleware (<see cref="InProcessApiSetup.UseInProcessApi"/>).</summary>
    internal RequestDelegate? Pipeline { get; set; }

    /// <summary>
    /// Sends <paramref name="body"/> (as the API's JSON) to <paramref name="path"/> as <paramref name="from"/>'s caller, in
    /// their language and under their request's correlation id.
    /// </summary>
    public async Task<ApiAnswer> SendAsync(HttpContext from, HttpMethod method, string path, object? body = null, string? idempotencyKey = null)
    {
        var run = Pipeline ?? throw new InvalidOperationException("UseInProcessApi was not called.");
        await using var scope = scopes.CreateAsyncScope();
        var request = new HttpRequestFeature
        {
            Method = method.Method,
            Scheme = from.Request.Scheme,
            Path = new PathString(path.Split('?')[0]),
            QueryString = path.Contains('?') ? new QueryString(path[path.IndexOf('?')..]).ToString() : "",
            Protocol = "HTTP/1.1",
            Body = body switch
            {
                null => Stream.Null,
                RawBody raw => new MemoryStream(raw.Bytes),
                _ => new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ViewJson.Options)),
            },
        };
        request.Headers.Host = from.Request.Host.Value;
        if (body is not null) request.Headers.ContentType = body is RawBody { ContentType: var type } ? type : "application/json";
        request.Headers.AcceptLanguage = RequestLanguages.Current; // the page's language, whether it came from its cookie, query or header
        request.Headers[HttpConventions.CorrelationIdHeader] = from.Request.Headers[HttpConventions.CorrelationIdHeader];
        if (idempotencyKey is not null) request.Headers[Idempotency.Header] = idempotencyKey;

        var response = new CapturedResponse();
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(request);
        features.Set<IHttpResponseFeature>(response);
        features.Set<IHttpResponseBodyFeature>(response);
        features.Set(new InProcessCaller(from.User));
        var context = new DefaultHttpContext(features) { RequestServices = scope.ServiceProvider };

        await run(context);
        await response.Writer.FlushAsync();
        await response.CompleteAsync();
        return new ApiAnswer(response.StatusCode, response.Headers, response.Captured.ToArray());
    }

    /// <summary>The answer as the server wrote it: status, headers, body; nothing has started before the pipeline ended.</summary>
    private sealed class CapturedResponse : IHttpResponseFeature, IHttpResponseBodyFeature
    {
        private readonly List<(Func<object, Task> Callback, object State)> starting = [];
        private readonly List<(Func<object, Task> Callback, object State)> completed = [];

        public MemoryStream Captured { get; } = new();
        public int StatusCode { get; set; } = StatusCodes.Status200OK;
        public string? ReasonPhrase { get; set; }
        public IHeaderDictionary Headers { get; set; } = new HeaderDictionary();
        public Stream Body { get => Stream; set => throw new NotSupportedException("The in-process answer keeps its own body."); }
        public bool HasStarted { get; private set; }
        public Stream Stream => field ??= new StartingStream(this);
        public System.IO.Pipelines.PipeWriter Writer => field ??= System.IO.Pipelines.PipeWriter.Create(Stream, new System.IO.Pipelines.StreamPipeWriterOptions(leaveOpen: true));

        public void OnStarting(Func<object, Task> callback, object state) => starting.Insert(0, (callback, state));
        public void OnCompleted(Func<object, Task> callback, object state) => completed.Insert(0, (callback, state));

        public async Task StartAsync(CancellationToken cancellationToken = default)
        {
            if (HasStarted) return;
            foreach (var (callback, state) in starting) await callback(state);
            HasStarted = true;
        }

        public async Task CompleteAsync()
        {
            await StartAsync();
            foreach (var (callback, state) in completed) await callback(state);
        }

        public void DisableBuffering() { }

        public async Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default)
        {
            await StartAsync(cancellationToken);
            await using var file = File.OpenRead(path);
            file.Position = offset;
            await file.CopyToAsync(Captured, cancellationToken);
        }

        /// <summary>The first write starts the answer (its OnStarting callbacks set headers), as a server's does.</summary>
        private sealed class StartingStream(CapturedResponse response) : Stream
        {
            public override bool CanRead => false;
            public override bool CanSeek => false;
            public override bool CanWrite => true;
            public override long Length => response.Captured.Length;
            public override long Position { get => response.Captured.Position; set => throw new NotSupportedException(); }
            public override void Flush() { }
            public override Task FlushAsync(CancellationToken cancellationToken) => response.StartAsync(cancellationToken);
            public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
            public override void SetLength(long value) => throw new NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count).GetAwaiter().GetResult();

            public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
            {
                await response.StartAsync(cancellationToken);
                await response.Captured.WriteAsync(buffer, cancellationToken);
            }

            public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
                WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
        }
    }
}

/// <summary>A body sent as it is, not as JSON: a file the API reads in its own format (a CSV of participants).</summary>
public sealed record RawBody(string ContentType, byte[] Bytes);

/// <summary>An API answer received in-process.</summary>
public sealed record ApiAnswer(int Status, IHeaderDictionary Headers, byte[] Body)
{
    public bool Succeeded => Status is >= 200 and < 300;

    /// <summary>The same request was sent before with this Idempotency-Key: this is its first answer again.</summary>
    public bool Replayed => Headers["Idempotent-Replayed"] == "true";

    public T Read<T>() => JsonSerializer.Deserialize<T>(Body, ViewJson.Options)!;

    /// <summary>The refusal this answer stands for, or null when it succeeded.</summary>
    public Refusal? Refusal => Succeeded ? null : ReadProblem().AsRefusal();

    private ProblemDetails ReadProblem()
    {
        try
        {
            return JsonSerializer.Deserialize<HttpValidationProblemDetails>(Body, ViewJson.Options) is { Errors.Count: > 0 } invalid
                ? invalid
                : JsonSerializer.Deserialize<ProblemDetails>(Body, ViewJson.Options) ?? new ProblemDetails { Status = Status };
        }
        catch (JsonException)
        {
            return new ProblemDetails { Status = Status };
        }
    }
}

/// <summary>Who sends an in-process request: set by <see cref="InProcessApi"/> only, never by anything a network request carries.</summary>
public sealed record InProcessCaller(ClaimsPrincipal User)
{
    public const string Scheme = "in-process";
}

/// <summary>Authenticates an in-process request as its caller (the API's policy accepts it beside a token).</summary>
internal sealed class InProcessCallerHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, System.Text.Encodings.Web.UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
        Task.FromResult(Context.Features.Get<InProcessCaller>() is { } caller
            ? AuthenticateResult.Success(new AuthenticationTicket(caller.User, Scheme.Name))
            : AuthenticateResult.NoResult());
}

public static class InProcessApiSetup
{
    public static void AddInProcessApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<InProcessApi>();
        builder.Services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, InProcessCallerHandler>(InProcessCaller.Scheme, null);
    }

    /// <summary>The first middleware: it keeps the rest of the pipeline, the whole of it, to run in-process requests through.</summary>
    public static void UseInProcessApi(this WebApplication app)
    {
        var api = app.Services.GetRequiredService<InProcessApi>();
        app.Use(next => api.Pipeline = next);
    }
}
