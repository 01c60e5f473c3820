
namespace LivingLibrary.Api.Platform;

/// <summary>
/// Refusals of the domain, and the API's own, as RFC 9457 problem details. A problem carries what it means (its
/// messages, docs/adr/0020) until it is written: then <see cref="ProblemShape"/> words its title, detail and field
/// errors in the request's language, beside <c>code</c>, <c>args</c> and <c>errorCodes</c>.
/// </summary>
public static class Problems
{
    /// <summary>The first refusal, as a problem; no refusal lets Wolverine go on to the endpoint.</summary>
    public static ProblemDetails FirstOf(params Refusal?[] refusals) =>
        refusals.FirstOrDefault(r => r is not null) is { } refusal ? refusal.ToProblem() : WolverineContinue.NoProblems;

    /// <param name="names">Who the refusal's people are, when it names some (a pair that does not fit).</param>
    public static ProblemDetails ToProblem(this Refusal refusal, Names? names = null)
    {
        var meaning = new Meaning(TitleOf(refusal.Kind), refusal.Detail, refusal.Errors, names, refusal);
        return refusal.Kind == RefusalKind.Invalid
            ? new MeantValidation { Status = StatusOf(refusal.Kind), Meaning = meaning }
            : new Meant { Status = StatusOf(refusal.Kind), Meaning = meaning };
    }

    /// <summary>A problem of the API's own (not a decision's): its status and what its title and detail say.</summary>
    public static ProblemDetails Said(int status, Message title, Message? detail = null) =>
        new Meant { Status = status, Meaning = new Meaning(title, detail, null, null, null) };

    /// <summary>The refusal a problem stands for (a console page shows it as it shows any refusal), or null for none.</summary>
    public static Refusal? RefusalOf(ProblemDetails problem) => (problem as IMeant)?.Meaning.Refusal;

    public static int StatusOf(RefusalKind kind) => kind switch
    {
        RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        RefusalKind.Conflict => StatusCodes.Status409Conflict,
        RefusalKind.Stale => StatusCodes.Status412PreconditionFailed,
        _ => StatusCodes.Status400BadRequest,
    };

    internal static Message TitleOf(RefusalKind kind) => kind switch
    {
        RefusalKind.Forbidden => Says.TitleForbidden,
        RefusalKind.NotFound => Says.TitleNotFound,
        RefusalKind.Conflict => Says.TitleConflict,
        RefusalKind.Stale => Says.TitleStale,
        _ => Says.TitleInvalid,
    };

    /// <summary>What a problem means, until it is written in words (<see cref="ProblemShape"/>).</summary>
    public sealed record Meaning(Message Title, Message? Detail, IReadOnlyDictionary<string, Message[]>? Errors, Names? Names, Refusal? Refusal);

    public interface IMeant
    {
        Meaning Meaning { get; }
    }

    // The meaning is never written as it is: only its words, code and arguments are (a writer that skips the problem
    // details' customisation, for an Accept header that refuses JSON, writes the problem without them).
    private sealed class Meant : ProblemDetails, IMeant
    {
        [JsonIgnore] public Meaning Meaning { get; init; } = null!;
    }

    private sealed class MeantValidation : HttpValidationProblemDetails, IMeant
    {
        [JsonIgnore] public Meaning Meaning { get; init; } = null!;
    }
}
