
namespace LivingLibrary.Api.Platform;

/// <summary>Refusals of the domain, as RFC 9457 problem details.</summary>
public static class Problems
{
    /// <summary>The first refusal, as a problem; no refusal lets Wolverine go on to the endpoint.</summary>
    public static ProblemDetails FirstOf(params Refusal?[] refusals) =>
        refusals.FirstOrDefault(r => r is not null) is { } refusal ? refusal.ToProblem() : WolverineContinue.NoProblems;

    public static ProblemDetails ToProblem(this Refusal refusal) => refusal.Kind switch
    {
        RefusalKind.Invalid => new ValidationProblemDetails(refusal.Errors!.ToDictionary())
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Some fields are not valid.",
            Detail = refusal.Detail,
        },
        _ => new ProblemDetails { Status = StatusOf(refusal.Kind), Title = TitleOf(refusal.Kind), Detail = refusal.Detail },
    };

    private static int StatusOf(RefusalKind kind) => kind switch
    {
        RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        RefusalKind.Conflict => StatusCodes.Status409Conflict,
        RefusalKind.Stale => StatusCodes.Status412PreconditionFailed,
        _ => StatusCodes.Status400BadRequest,
    };

    private static string TitleOf(RefusalKind kind) => kind switch
    {
        RefusalKind.Forbidden => "You may not do this.",
        RefusalKind.NotFound => ProblemShape.NotFoundTitle,
        RefusalKind.Conflict => "This is not possible in the current state.",
        RefusalKind.Stale => "This was changed since you read it.",
        _ => "The request is not valid.",
    };
}
