using Microsoft.AspNetCore.Http.HttpResults;

namespace LivingLibrary.Api.ConsolePages;

/// <summary>
/// For a page that calls an endpoint's own Validate or Post (where the rule lives there and nowhere else): its answer as
/// the refusal it stands for, so that the page shows it as <see cref="ConsolePage"/> shows any refusal.
/// </summary>
public static class EndpointAnswers
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
