using System.Text.Json.Serialization;

namespace LivingLibrary.Domain.Reports;

/// <summary>
/// A figure about people as results show it: its value, or suppressed (never zero) when it would be about
/// fewer than three people (docs/adr/0009).
/// </summary>
public sealed record Figure([property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Value,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Suppressed = false)
{
    public const int Threshold = 3;

    public static readonly Figure Hidden = new(null, true);

    /// <summary>No figure at all: a mean or a share of nobody (<c>{}</c> in JSON). Nothing about anyone, so nothing to suppress.</summary>
    public static readonly Figure None = new((double?)null);

    /// <summary>A count of people (or of what happened to people): 1 or 2 is suppressed; 0 tells nothing about anyone.</summary>
    public static Figure Count(int count) => count is > 0 and < Threshold ? Hidden : new(count);

    /// <summary>A figure computed over <paramref name="people"/> people (a mean, hours): suppressed under three; over nobody, 0 (hours of no sessions).</summary>
    public static Figure Over(int people, double value) => people == 0 ? new(0) : people < Threshold ? Hidden : new(Math.Round(value, 2));

    /// <summary>The share of <paramref name="base"/> people who did something: suppressed if either side is 1 or 2 people.</summary>
    public static Figure Share(int part, int @base) =>
        @base == 0 ? None
        : @base < Threshold || part is > 0 and < Threshold || (@base - part) is > 0 and < Threshold ? Hidden : new(Math.Round((double)part / @base, 3));

    public override string ToString() => Suppressed ? "suppressed" : Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none";
}
