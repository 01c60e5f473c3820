using System.Text.RegularExpressions;
using JasperFx.CodeGeneration.Frames;
using Microsoft.AspNetCore.Routing.Patterns;

namespace LivingLibrary.Api.Platform;

/// <summary>
/// One shape for every problem the API answers, whoever wrote it (a domain refusal, Wolverine, ASP.NET Core's status
/// pages), worded in the request's language by the catalogue (docs/adr/0020): <c>title</c> and <c>detail</c> in words,
/// <c>code</c> and <c>args</c> for what the detail says, and for a 400 <c>errors</c> (each field's messages in words)
/// beside <c>errorCodes</c> (the same as codes and arguments). A 404 is "Not found." with "There is no such …", naming
/// the thing by the word of its address, never a type; a query value that cannot be read is a 400 with an <c>errors</c>
/// map saying what it must be, as a body's is (<see cref="ReadableBodies"/>); no detail names the code's types or echoes
/// a huge input back.
/// </summary>
public static partial class ProblemShape
{
    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var meaning = (problem as Problems.IMeant)?.Meaning ?? Meaning(problem, context.HttpContext);
        var catalogue = context.HttpContext.RequestServices.GetRequiredService<Catalogue>();
        var said = meaning.Detail ?? meaning.Title;
        problem.Title = catalogue.Say(meaning.Title, meaning.Names);
        problem.Detail = meaning.Detail is { } detail ? catalogue.Say(detail, meaning.Names) : problem.Detail is { } other ? Plain(other) : null;
        problem.Extensions["code"] = said.Code;
        problem.Extensions["args"] = said.Args;
        if (meaning.Errors is not { } errors) return;
        var worded = errors.ToDictionary(e => e.Key, e => e.Value.Select(m => catalogue.Say(m, meaning.Names)).ToArray());
        if (problem is HttpValidationProblemDetails validation) validation.Errors = worded;
        else problem.Extensions["errors"] = worded;
        problem.Extensions["errorCodes"] = errors;
    }

    /// <summary>What a problem written by Wolverine or ASP.NET Core means: by its status, and its address's words.</summary>
    private static Problems.Meaning Meaning(ProblemDetails problem, HttpContext context)
    {
        if (problem.Status == StatusCodes.Status404NotFound) return Of(Refusal.NotFound(NotFound(problem, context)));
        if (problem.Status == StatusCodes.Status400BadRequest && problem.Extensions.Remove("parameter", out var name) && name is string parameter)
            return Of(Unreadable(context, parameter));
        return new Problems.Meaning(problem.Status switch
        {
            StatusCodes.Status401Unauthorized => Says.TitleUnauthorized,
            StatusCodes.Status403Forbidden => Says.TitleForbidden,
            StatusCodes.Status405MethodNotAllowed => Says.TitleMethodNotAllowed,
            StatusCodes.Status409Conflict => Says.TitleConflict,
            StatusCodes.Status412PreconditionFailed => Says.TitleStale,
            StatusCodes.Status413PayloadTooLarge => Says.TitleTooLarge,
            StatusCodes.Status415UnsupportedMediaType => Says.TitleUnsupportedMediaType,
            StatusCodes.Status422UnprocessableEntity => Says.TitleUnprocessable,
            StatusCodes.Status503ServiceUnavailable => Says.TitleUnavailable,
            >= 500 => Says.TitleServerError,
            _ => Says.TitleBadRequest,
        }, null, null, null, null);
    }

    private static Problems.Meaning Of(Refusal refusal) => ((Problems.IMeant)refusal.ToProblem()).Meaning;

    /// <summary>What Wolverine or routing did not find: the route value that is the id says what was looked for.</summary>
    private static Thing NotFound(ProblemDetails problem, HttpContext context)
    {
        // Wolverine's "Unknown <Type> with identity <id>".
        var id = problem.Detail is { } detail && UnknownIdentity().Match(detail) is { Success: true } unknown ? unknown.Groups["id"].Value : null;
        var parameters = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.Parameters ?? [];
        var missing = parameters.FirstOrDefault(p => id is not null && string.Equals(context.GetRouteValue(p.Name)?.ToString(), id, StringComparison.OrdinalIgnoreCase))
            ?? parameters.FirstOrDefault(p => p.Name.EndsWith("Id", StringComparison.Ordinal) && !Guid.TryParse(context.GetRouteValue(p.Name)?.ToString(), out _)
                && !TextIds.Contains(p.Name))
            ?? parameters.LastOrDefault();
        return missing is null or { IsCatchAll: true } ? Thing.Resource : ThingOf(missing.Name);
    }

    /// <summary>The route's word for what it names: <c>{groupId}</c> is a group.</summary>
    public static Thing ThingOf(string routeValue) => routeValue switch
    {
        "pointId" => Thing.AdvocacyPoint,
        "entryId" => Thing.KnowledgeEntry,
        "sessionId" => Thing.ExchangeSession,
        "deskId" => Thing.DropInDesk,
        "needId" => Thing.LearningNeed,
        "on" => Thing.DropInSession,
        "plannedFor" => Thing.Occurrence,
        "skill" => Thing.Task,
        _ => Enum.TryParse<Thing>(routeValue.EndsWith("Id", StringComparison.Ordinal) ? routeValue[..^2] : routeValue, ignoreCase: true, out var thing)
            ? thing
            : Thing.Resource,
    };

    /// <summary>Route values that are people's or tasks' names, not ids of streams.</summary>
    private static readonly HashSet<string> TextIds = ["userId", "facilitatorId"];

    private static Refusal Unreadable(HttpContext context, string parameter)
    {
        var type = ParameterType(context, parameter);
        return Refusal.Invalid(parameter, type is null ? Says.CannotBeRead : Says.MustBe(JsonShape.Describe(type, ReadableBodies.JsonOptions(context))));
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

    [GeneratedRegex(@"\b(?:LivingLibrary|System|Microsoft|Marten|Wolverine|JasperFx|Npgsql)(?:\.\w+)*\.(?<type>\w+)\b")]
    private static partial Regex InternalName();
}
