namespace LivingLibrary.Domain.Reports;

/// <summary>Counts that add up to a total that is shown: suppressing one cell alone would let anyone recompute it (docs/adr/0009).</summary>
public static class Suppression
{
    /// <summary>
    /// Each cell as <see cref="Figure.Count"/>, with complementary suppression: when a cell is suppressed, so is at
    /// least one cell that is not small (the smallest count of three or more, else a zero), so that neither the total nor
    /// the knowledge that suppressed cells hold one or two people gives a suppressed cell away.
    /// Under three people in all, every cell is suppressed.
    /// </summary>
    public static IReadOnlyList<Figure> Cells(IReadOnlyList<int> counts)
    {
        var total = counts.Sum();
        if (total is > 0 and < Figure.Threshold) return [.. counts.Select(_ => Figure.Hidden)];
        var figures = counts.Select(Figure.Count).ToArray();
        if (figures.Any(f => f.Suppressed))
        {
            var partner = counts.Select((count, i) => (count, i)).Where(x => !figures[x.i].Suppressed)
                .OrderBy(x => x.count == 0).ThenBy(x => x.count).ThenBy(x => x.i).Select(x => (int?)x.i).FirstOrDefault();
            if (partner is { } p) figures[p] = Figure.Hidden;
        }
        return figures;
    }
}
