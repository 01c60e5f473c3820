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

    /// <summary>
    /// A volume of what an organisation or a group did (sessions held, hours given, cases brought, people who took part): shown
    /// whatever its size once at least three people are in the report's scope, since it says what was done, not about whom
    /// (docs/adr/0018); with fewer, it is a figure about those one or two people.
    /// </summary>
    public static Figure Volume(double value, int people) => people >= Threshold || value == 0 ? new(Math.Round(value, 2)) : Hidden;

    public override string ToString() => Suppressed ? "suppressed" : Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none";
}

/// <summary>
/// How figures about people are shown: protected for what leaves a group (reports, funders, networks), exact for the group's
/// own staff, who know its people by name and see each one's figures beside the group's (docs/adr/0018).
/// </summary>
public sealed record FigureRule(Func<int, Figure> Count, Func<int, double, Figure> Over, Func<int, int, Figure> Share,
    Func<IReadOnlyList<int>, IReadOnlyList<Figure>> Cells, Func<double, int, Figure> Volume)
{
    public static readonly FigureRule Protected = new(Figure.Count, Figure.Over, Figure.Share, Suppression.Cells, Figure.Volume);

    public static readonly FigureRule Exact = new(count => new(count), (_, value) => new(Math.Round(value, 2)),
        (part, @base) => @base == 0 ? Figure.None : new(Math.Round((double)part / @base, 3)), counts => [.. counts.Select(c => new Figure(c))],
        (value, _) => new(Math.Round(value, 2)));
}
