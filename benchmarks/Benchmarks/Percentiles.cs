namespace LivingLibrary.Benchmarks;

internal static class Percentiles
{
    public static double Median(IReadOnlyCollection<double> values) => Of(values, 50);

    /// <summary>The nearest-rank percentile: the smallest value that at least p % of the values do not exceed.</summary>
    public static double Of(IReadOnlyCollection<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
