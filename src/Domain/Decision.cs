namespace LivingLibrary.Domain;

/// <summary>
/// What a command decided on a state: the events to append, or why it is refused (then nothing is
/// appended). Decisions are total: each guards its own state, whoever calls it.
/// </summary>
public sealed record Decision(Refusal? Refusal, IReadOnlyList<object> Events)
{
    /// <summary>Accepted, but nothing changes: what is asked is already true (retries are safe).</summary>
    public static readonly Decision Nothing = new(null, []);

    public static Decision Append(params IEnumerable<object> events) => new(null, [.. events]);

    public static implicit operator Decision(Refusal refusal) => new(refusal, []);

    public bool IsRefused => Refusal is not null;
}
