using System.Reflection;
using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Frames;
using JasperFx.Events;
using Wolverine;
using Wolverine.Configuration;

namespace LivingLibrary.Api.Platform;

/// <summary>
/// A stream's version is its resource's ETag. The one way versions are handled (docs/adr/0006):
/// <see cref="IfMatchPolicy"/> checks If-Match against the version the aggregate was fetched at for
/// writing, which is also the version Marten expects when it appends; <see cref="Reply{T}"/> answers
/// with the stream's version after the append. No endpoint computes a version.
/// </summary>
public static class Versions
{
    public static string ETag(long version) => $"\"{version}\"";

    /// <summary>Refuses a command sent with an If-Match that is not the stream's current version (412).</summary>
    public static ProblemDetails IfMatch<T>(HttpRequest request, IEventStream<T> stream) where T : notnull =>
        IfMatch(request, stream.StartingVersion ?? 0);

    /// <summary>
    /// The same for a command that does not append to the resource its address names (it starts a stream inside it, or
    /// loads it itself): the resource's version as it was read.
    /// </summary>
    public static ProblemDetails IfMatchAsRead<T>(HttpRequest request, T? resource) where T : class =>
        resource is null ? WolverineContinue.NoProblems : IfMatch(request, Convert.ToInt64(VersionOf(typeof(T))!.GetValue(resource)));

    private static ProblemDetails IfMatch(HttpRequest request, long current)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header)) return WolverineContinue.NoProblems;
        var matches = header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(tag => tag == "*" || tag.Replace("W/", "", StringComparison.Ordinal).Trim('"') == current.ToString());
        return matches
            ? WolverineContinue.NoProblems
            : Refusal.Stale(Says.IfMatchStale(header, ETag(current))).ToProblem();
    }

    /// <summary>Where Marten keeps a resource's version (its <c>Version</c>), or null for a type that keeps none.</summary>
    public static PropertyInfo? VersionOf(Type type) =>
        type.GetProperty("Version") is { PropertyType: var version } property && (version == typeof(int) || version == typeof(long)) ? property : null;
}

/// <summary>The answer to an accepted command: the resource, its version after the command, and what it created inside it, if anything.</summary>
public sealed record Versioned(Guid Id, long Version, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? CreatedId = null);

/// <summary>
/// Returned with the events of a decision on an existing stream of <typeparamref name="T"/>: a refusal
/// becomes its problem (and the decision appended nothing); otherwise the answer is <see cref="Versioned"/>
/// with the stream's version after the append as ETag.
/// </summary>
public sealed class Reply<T>(Refusal? refusal, Guid? createdId = null) : IResponseAware where T : notnull
{
    public static void ConfigureResponse(IChain chain)
    {
        chain.UseForResponse(new MethodCall(typeof(Reply<T>), typeof(Reply<T>).GetMethod(nameof(Write))!));
        if (chain is HttpChain http)
            http.Metadata.Produces<Versioned>(StatusCodes.Status200OK)
                .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
                .ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static IResult Write(Reply<T> reply, IEventStream<T> stream, HttpResponse response)
    {
        if (reply._refusal is { } refused) return Results.Problem(refused.ToProblem());
        var version = stream.CurrentVersion ?? 0;
        response.Headers.ETag = Versions.ETag(version);
        return Results.Json(new Versioned(stream.Id, version, reply._createdId));
    }

    private readonly Refusal? _refusal = refusal;
    private readonly Guid? _createdId = createdId;
}

/// <summary>The answer to a command that started a stream: the new resource's id (its address is in Location).</summary>
public sealed record CreatedId(Guid Id);

public static class Replies
{
    /// <summary>A decision that starts a stream of <typeparamref name="T"/>: 201 with its location, or the refusal with nothing appended.</summary>
    public static (IResult, IMartenOp) Start<T>(this Decision decision, Guid id, string location, Names? names = null) where T : class =>
        decision.Refusal is { } refused
            ? (Results.Problem(refused.ToProblem(names)), MartenOps.Nothing())
            : (Results.Created(location, new CreatedId(id)), MartenOps.StartStream<T>(id, [.. decision.Events]));

    /// <summary>
    /// A decision's events for a second stream, appended at the version it was read at (Marten expects the
    /// version after the append): a concurrent change to that stream makes the request lose the race.
    /// </summary>
    public static IMartenOp AppendAt(this Decision decision, Guid streamId, int readVersion) =>
        decision.Events.Count == 0
            ? MartenOps.Nothing()
            : new AppendToStream(streamId, [.. decision.Events]) { ExpectedVersion = readVersion + decision.Events.Count };

    /// <summary>Several side effects as one, carried out in the command's one transaction (decisions on several streams).</summary>
    public static IMartenOp All(IEnumerable<IMartenOp> operations) => new AllOf([.. operations]);

    private sealed class AllOf(IReadOnlyList<IMartenOp> operations) : IMartenOp
    {
        public void Execute(IDocumentSession session)
        {
            foreach (var operation in operations) operation.Execute(session);
        }
    }

    /// <summary>The endpoint's answer and the events to append for a decision on a stream of <typeparamref name="T"/>.</summary>
    public static (Reply<T>, Events) Reply<T>(this Decision decision, Guid? createdId = null) where T : notnull =>
        (new Reply<T>(decision.Refusal, decision.IsRefused ? null : createdId), [.. decision.Events]);
}

/// <summary>
/// Every command on a resource honours If-Match, after the caller's access was checked: a command that writes the
/// aggregate its address names checks the version it appends at; one that starts a stream inside that resource, or loads
/// it itself ([ReadAggregate], [NotBody]), checks the version it read.
/// </summary>
internal sealed class IfMatchPolicy : IHttpPolicy
{
    public void Apply(IReadOnlyList<HttpChain> chains, GenerationRules rules, IServiceContainer container)
    {
        foreach (var chain in chains)
        {
            var parameters = chain.Method.Method.GetParameters();
            var check = parameters.FirstOrDefault(p => p.GetCustomAttribute<WriteAggregateAttribute>() is not null)?.ParameterType is { } written
                ? typeof(Versions).GetMethod(nameof(Versions.IfMatch))!.MakeGenericMethod(written)
                : !chain.HttpMethods.Contains(HttpMethods.Get) && parameters.FirstOrDefault(IsReadResource)?.ParameterType is { } read
                    ? typeof(Versions).GetMethod(nameof(Versions.IfMatchAsRead))!.MakeGenericMethod(read)
                    : null;
            if (check is null) continue;
            chain.AddMiddleware(rules, new MethodCall(typeof(Versions), check));
            chain.Metadata.ProducesProblem(StatusCodes.Status412PreconditionFailed);
        }
    }

    private static bool IsReadResource(ParameterInfo parameter) =>
        (parameter.GetCustomAttribute<ReadAggregateAttribute>() is not null || parameter.GetCustomAttribute<NotBodyAttribute>() is not null)
        && Versions.VersionOf(parameter.ParameterType) is not null;
}
