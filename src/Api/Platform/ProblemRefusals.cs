using Microsoft.AspNetCore.Http.HttpResults;

namespace LivingLibrary.Api.Platform;

/// <summary>
/// A problem the API answered, read back as the refusal it stands for (the inverse of <see cref="Problems.ToProblem"/>):
/// for a console page that sent a command through the API in-process and shows its refusal beside the form.
/// </summary>
public static class ProblemRefusals
{
    /// <summary>Null when the endpoint would go on (Wolverine's "no problems").</summary>
    public static Refusal? AsRefusal(this ProblemDetails problem) =>
        ReferenceEquals(problem, WolverineContinue.NoProblems) || problem.Status is null or < 400
            ? null
            : Problems.RefusalOf(problem) ?? problem.Status switch
            {
                StatusCodes.Status403Forbidden => Refusal.Forbidden(Says.TitleForbidden),
                StatusCodes.Status404NotFound => Refusal.NotFound(Thing.Resource),
                StatusCodes.Status412PreconditionFailed => Refusal.Stale(Says.TitleStale),
                _ => Refusal.Conflict(Says.TitleConflict),
            };

    /// <summary>The refusal an endpoint's IResult answers, or null when it is not a problem.</summary>
    public static Refusal? AsRefusal(this IResult result) => result is ProblemHttpResult problem ? problem.ProblemDetails.AsRefusal() : null;

    /// <summary>Who the people of the endpoint's refusal are, when it named them.</summary>
    public static Names? NamesOf(this IResult result) => result is ProblemHttpResult problem ? (problem.ProblemDetails as Problems.IMeant)?.Meaning.Names : null;
}
