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
            : problem switch
            {
                HttpValidationProblemDetails v => Refusal.Invalid(v.Errors.ToDictionary()),
                { Status: StatusCodes.Status403Forbidden } => Refusal.Forbidden(problem.Detail ?? ""),
                { Status: StatusCodes.Status404NotFound } => Refusal.NotFound(problem.Detail ?? ""),
                { Status: StatusCodes.Status412PreconditionFailed } => Refusal.Stale(problem.Detail ?? ""),
                { Status: StatusCodes.Status400BadRequest } => Refusal.Invalid("", problem.Detail ?? problem.Title ?? ""),
                _ => Refusal.Conflict(problem.Detail ?? problem.Title ?? ""),
            };

    /// <summary>The refusal an endpoint's IResult answers, or null when it is not a problem.</summary>
    public static Refusal? AsRefusal(this IResult result) => result is ProblemHttpResult problem ? problem.ProblemDetails.AsRefusal() : null;
}
