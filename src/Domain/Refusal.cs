namespace LivingLibrary.Domain;

public enum RefusalKind
{
    /// <summary>The input itself is wrong (400), with the fields at fault.</summary>
    Invalid,

    /// <summary>The caller may see the thing but not do this to it (403).</summary>
    Forbidden,

    /// <summary>There is no such thing, or the caller may not know it exists (404).</summary>
    NotFound,

    /// <summary>The thing's state does not allow it (409).</summary>
    Conflict,

    /// <summary>The caller acted on a version that is no longer the current one (412).</summary>
    Stale,
}

/// <summary>Why a command is refused. A refused command appends nothing.</summary>
public sealed record Refusal(RefusalKind Kind, Message Detail, IReadOnlyDictionary<string, Message[]>? Errors = null)
{
    public static Refusal Invalid(IReadOnlyDictionary<string, Message[]> errors) => new(RefusalKind.Invalid, Says.InvalidFields, errors);

    public static Refusal Invalid(string field, Message error) => Invalid(new Dictionary<string, Message[]> { [field] = [error] });

    public static Refusal Forbidden(Message detail) => new(RefusalKind.Forbidden, detail);
    public static Refusal NotFound(Message detail) => new(RefusalKind.NotFound, detail);
    public static Refusal NotFound(Thing thing) => new(RefusalKind.NotFound, Says.NoSuch(thing));
    public static Refusal Conflict(Message detail) => new(RefusalKind.Conflict, detail);
    public static Refusal Stale(Message detail) => new(RefusalKind.Stale, detail);
}

public static class Refusals
{
    /// <summary>The first refusal of the guards, in order, or null when all pass.</summary>
    public static Refusal? FirstOf(params Refusal?[] guards) => guards.FirstOrDefault(r => r is not null);
}
