using System.Globalization;
using System.Reflection;
using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Frames;
using Wolverine.Attributes;
using Wolverine.Persistence.EventSourcing;

namespace LivingLibrary.Api.Platform;

/// <summary>
/// The values of a route and its query string that Wolverine parses by their type, checked as the domain checks a body's
/// (docs/adr/0019): the all-zero id names nothing (404, like an unknown id: Marten cannot even look it up), a choice is
/// one of its names (not a number), a date is within <see cref="Dates"/>' window. What each endpoint's route and query
/// hold is found once, at startup, from its methods' parameters.
/// </summary>
public sealed record RequestValues(IReadOnlyList<string> Ids, IReadOnlyList<(string Name, Type Choice)> Choices, IReadOnlyList<string> Dates)
{
    public static ProblemDetails Check(HttpContext context, TimeProvider clock)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<RequestValues>() is not { } values) return WolverineContinue.NoProblems;
        foreach (var id in values.Ids)
            if (Guid.TryParse(context.GetRouteValue(id) as string, out var guid) && guid == Guid.Empty)
                return Refusal.NotFound(ProblemShape.ThingOf(id)).ToProblem();

        var fields = new Fields();
        foreach (var (name, choice) in values.Choices)
            if (Raw(context, name) is { Length: > 0 } raw && !Domain.Choices.IsName(choice, raw))
                fields.Check(name, false, Domain.Choices.NotAName(choice));
        var today = clock.Today();
        foreach (var name in values.Dates)
            if (Raw(context, name) is { Length: > 0 } raw && DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal, out var moment)
                && !Domain.Dates.IsPlausible(DateOnly.FromDateTime(moment.UtcDateTime), today))
                fields.Check(name, false, Domain.Dates.NotPlausible(today));
        return fields.Refusal()?.ToProblem() ?? WolverineContinue.NoProblems;
    }

    private static string? Raw(HttpContext context, string name) =>
        context.GetRouteValue(name) as string ?? context.Request.Query[name].FirstOrDefault();

    /// <summary>What the endpoint's route and query hold: ids, choices and dates, by the parameters of its class's methods.</summary>
    public static RequestValues? Of(HttpChain chain)
    {
        var route = chain.RoutePattern?.Parameters.Select(p => p.Name).ToHashSet() ?? [];
        var parameters = chain.Method.HandlerType.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .SelectMany(m => m.GetParameters()).ToList();
        var ids = parameters
            .Select(p => p.GetCustomAttribute<WriteModelAttribute>()?.RouteOrParameterName
                         ?? p.GetCustomAttribute<WolverineParameterAttribute>()?.ArgumentName
                         ?? (TypeOf(p) == typeof(Guid) ? p.Name : null))
            .OfType<string>().Where(route.Contains).Distinct().ToList();
        var choices = parameters
            .Where(p => TypeOf(p).IsEnum).Select(p => (p.Name!, TypeOf(p))).Distinct().ToList();
        var dates = parameters.Where(p => TypeOf(p) == typeof(DateOnly) || TypeOf(p) == typeof(DateTimeOffset)).Select(p => p.Name!).Distinct().ToList();
        return ids.Count + choices.Count + dates.Count == 0 ? null : new RequestValues(ids, choices, dates);
    }

    private static Type TypeOf(ParameterInfo parameter) => Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
}

/// <summary>Every endpoint whose route or query holds an id, a choice or a date checks them first (<see cref="RequestValues"/>).</summary>
internal sealed class RequestValuesPolicy : IHttpPolicy
{
    public void Apply(IReadOnlyList<HttpChain> chains, GenerationRules rules, IServiceContainer container)
    {
        foreach (var chain in chains)
        {
            if (RequestValues.Of(chain) is not { } values) continue;
            chain.Metadata.WithMetadata(values);
            chain.AddMiddlewareFirst(rules, new MethodCall(typeof(RequestValues), nameof(RequestValues.Check)));
            chain.Metadata.ProducesProblem(StatusCodes.Status404NotFound);
        }
    }
}

internal static class ChainFrames
{
    /// <summary>A check that runs before every other one of the endpoint's (and before its aggregate is loaded).</summary>
    public static void AddMiddlewareFirst(this HttpChain chain, GenerationRules rules, MethodCall call)
    {
        var count = chain.Middleware.Count;
        chain.AddMiddleware(rules, call);
        var added = chain.Middleware.Skip(count).ToList();
        foreach (var frame in added) chain.Middleware.Remove(frame);
        chain.Middleware.InsertRange(0, added);
    }
}
