using System.Text.RegularExpressions;
using JasperFx.CodeGeneration.Frames;
using Microsoft.AspNetCore.Routing.Patterns;

namespace LivingLibrary.Api.Platform;

/// <summary>
/// One shape for every problem the API answers, whoever wrote it (a domain refusal, Wolverine, ASP.NET Core's status
/// pages): a 404 is "Not found." with "There is no such …", naming the thing by the word of its address, never a type;
/// a query value that cannot be read is a 400 with an <c>errors</c> map saying what it must be, as a body's is
/// (<see cref="ReadableBodies"/>); no detail names the code's types or echoes a huge input back.
/// </summary>
public static partial class ProblemShape
{
    public const string NotFoundTitle = "Not found.";
    private const string NotFoundPrefix = "There is no such ";

    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Status == StatusCodes.Status404NotFound) NotFound(problem, context.HttpContext);
        else if (problem.Status == StatusCodes.Status400BadRequest && problem.Extensions.Remove("parameter", out var name) && name is string parameter)
            Unreadable(problem, context.HttpContext, parameter);
        if (problem.Detail is { } detail) problem.Detail = Plain(detail);
    }

    private static void NotFound(ProblemDetails problem, HttpContext context)
    {
        problem.Title = NotFoundTitle;
        if (problem.Detail?.StartsWith(NotFoundPrefix, StringComparison.Ordinal) == true) return;

        // Wolverine's "Unknown <Type> with identity <id>": the route value that is the id says what was looked for.
        var id = problem.Detail is { } detail && UnknownIdentity().Match(detail) is { Success: true } unknown ? unknown.Groups["id"].Value : null;
        var parameters = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.Parameters ?? [];
        var missing = parameters.FirstOrDefault(p => id is not null && string.Equals(context.GetRouteValue(p.Name)?.ToString(), id, StringComparison.OrdinalIgnoreCase))
            ?? parameters.FirstOrDefault(p => p.Name.EndsWith("Id", StringComparison.Ordinal) && !Guid.TryParse(context.GetRouteValue(p.Name)?.ToString(), out _)
                && !TextIds.Contains(p.Name))
            ?? parameters.LastOrDefault();
        problem.Detail = $"{NotFoundPrefix}{(missing is null or { IsCatchAll: true } ? "resource" : Thing(missing))}.";
    }

    /// <summary>The route's word for what it names: <c>{groupId}</c> is a group.</summary>
    private static string Thing(RoutePatternParameterPart parameter) =>
        Things.GetValueOrDefault(parameter.Name) ?? Words().Replace(parameter.Name.EndsWith("Id", StringComparison.Ordinal) ? parameter.Name[..^2] : parameter.Name, " $0").ToLowerInvariant();

    private static readonly Dictionary<string, string> Things = new()
    {
        ["pointId"] = "advocacy point", ["entryId"] = "knowledge entry", ["sessionId"] = "exchange session", ["deskId"] = "drop-in desk",
        ["needId"] = "learning need", ["on"] = "drop-in session on that day", ["skill"] = "task",
    };

    /// <summary>Route values that are people's or tasks' names, not ids of streams.</summary>
    private static readonly HashSet<string> TextIds = ["userId", "facilitatorId"];

    private static void Unreadable(ProblemDetails problem, HttpContext context, string parameter)
    {
        var options = ReadableBodies.JsonOptions(context);
        var type = ParameterType(context, parameter);
        var refused = (ValidationProblemDetails)Refusal.Invalid(parameter, type is null ? "cannot be read." : $"must be {JsonShape.Describe(type, options)}.").ToProblem();
        problem.Title = refused.Title;
        problem.Detail = refused.Detail;
        problem.Extensions["errors"] = refused.Errors;
    }

    /// <summary>The type a query or header value is read as, from the endpoint's methods (its own and its middleware's).</summary>
    private static Type? ParameterType(HttpContext context, string name) =>
        context.GetEndpoint()?.Metadata.GetMetadata<HttpChain>() is { } chain
            ? chain.Middleware.OfType<MethodCall>().Select(m => m.Method).Prepend(chain.Method.Method)
                .SelectMany(m => m.GetParameters())
                .FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))?.ParameterType
            : null;

    private static string Plain(string detail)
    {
        var bounded = detail.Length > 300 ? detail[..300] + "…" : detail;
        return InternalName().Replace(bounded, name => name.Groups["type"].Value);
    }

    [GeneratedRegex(@"^Unknown \w+ with identity (?<id>\S+)$")]
    private static partial Regex UnknownIdentity();

    [GeneratedRegex("(?<=[a-z])[A-Z]")]
    private static partial Regex Words();

    [GeneratedRegex(@"\b(?:LivingLibrary|System|Microsoft|Marten|Wolverine|JasperFx|Npgsql)(?:\.\w+)*\.(?<type>\w+)\b")]
    private static partial Regex InternalName();
}
