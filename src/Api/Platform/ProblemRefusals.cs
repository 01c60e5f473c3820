using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using LivingLibrary.Projections.Library;

namespace LivingLibrary.Api.Platform;

/// <summary>
/// A problem the API answered, read back as the refusal it stands for (the inverse of <see cref="Problems.ToProblem"/>):
/// for a console page that sent a command through the API in-process, or called an endpoint's own Validate or Post, and
/// shows its refusal beside the form. The refusal is read from the problem's codes (<c>code</c>, <c>args</c>,
/// <c>errorCodes</c>), never from its words, so that the page words it in its own language (docs/adr/0020).
/// </summary>
public static class ProblemRefusals
{
    /// <summary>Null when the endpoint would go on (Wolverine's "no problems").</summary>
    public static Refusal? AsRefusal(this ProblemDetails problem) =>
        ReferenceEquals(problem, WolverineContinue.NoProblems) || problem.Status is null or < 400
            ? null
            : Problems.RefusalOf(problem) ?? Read(problem);

    /// <summary>The refusal an endpoint's IResult answers, or null when it is not a problem.</summary>
    public static Refusal? AsRefusal(this IResult result) => result is ProblemHttpResult problem ? problem.ProblemDetails.AsRefusal() : null;

    /// <summary>Who the people of the endpoint's refusal are, when it named them.</summary>
    public static Names? NamesOf(this IResult result) => result is ProblemHttpResult problem ? (problem.ProblemDetails as Problems.IMeant)?.Meaning.Names : null;

    /// <summary>A problem read from JSON: a 400's field errors, else its detail's code, else what its status means.</summary>
    private static Refusal Read(ProblemDetails problem)
    {
        if (Extension(problem, "errorCodes") is { ValueKind: JsonValueKind.Object } errors
            && errors.Deserialize<Dictionary<string, Message[]>>(ViewJson.Options) is { Count: > 0 } fields)
            return Refusal.Invalid(fields);
        var kind = problem.Status switch
        {
            StatusCodes.Status400BadRequest => RefusalKind.Invalid,
            StatusCodes.Status403Forbidden => RefusalKind.Forbidden,
            StatusCodes.Status404NotFound => RefusalKind.NotFound,
            StatusCodes.Status412PreconditionFailed => RefusalKind.Stale,
            _ => RefusalKind.Conflict,
        };
        var detail = Extension(problem, "code") is { ValueKind: JsonValueKind.String } code
            ? JsonSerializer.SerializeToElement(new { code, args = Extension(problem, "args") ?? NoArgs }).Deserialize<Message>(ViewJson.Options)
            : null;
        return new Refusal(kind, detail ?? Problems.TitleOf(kind));
    }

    private static readonly JsonElement NoArgs = JsonSerializer.SerializeToElement(new { });

    private static JsonElement? Extension(ProblemDetails problem, string name) =>
        problem.Extensions.TryGetValue(name, out var value) && value is JsonElement json ? json : null;
}
