namespace LivingLibrary.Domain.Reports;

/// <summary>Counts that add up to a total that is shown: suppressing one cell alone would let anyone recompute it.</summary>
public static class Suppression
{
    /// <summary>
    /// Each cell as <see cref="Figure.Count"/>, with complementary suppression: when a cell is suppressed, so is at
    /// least one cell that is not small (the smallest other count, a zero first: it costs the reader least), so that
    /// neither the total nor the knowledge that suppressed cells hold one or two people gives a suppressed cell away.
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
                .OrderBy(x => x.count).ThenBy(x => x.i).Select(x => (int?)x.i).FirstOrDefault();
            if (partner is { } p) figures[p] = Figure.Hidden;
        }
        return figures;
    }

    /// <summary>
    /// A table of counts tied by additive lines (each line: members whose sum is its total, every one a cell of the table,
    /// a total of one line possibly a member of another). Every count of 1 or 2 is suppressed, with the members of a line
    /// whose total is 1 or 2; then, line by line until nothing changes, a line that would give a suppressed cell back
    /// gets one more cell suppressed: the smallest count shown among its members (a zero first), else its total. A line is
    /// safe when none of it is suppressed, or at least two of its cells are and, if its total is shown, one of its
    /// suppressed members is not small (0, or 3 and more): then neither the total nor "one or two people" pins a cell.
    /// </summary>
    /// <returns>For each cell, whether it is suppressed.</returns>
    public static bool[] Table(IReadOnlyList<int> counts, IReadOnlyList<Line> lines)
    {
        static bool Small(int count) => count is > 0 and < Figure.Threshold;
        var hidden = counts.Select(Small).ToArray();
        foreach (var line in lines.Where(l => Small(counts[l.Total])))
            foreach (var member in line.Members) hidden[member] = true;

        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var line in lines)
            {
                // Plain loops: a network's table by month has thousands of lines, checked again after each change.
                int hiddenMembers = 0, partner = -1;
                var notSmallHidden = false;
                foreach (var m in line.Members)
                {
                    if (hidden[m])
                    {
                        hiddenMembers++;
                        notSmallHidden |= !Small(counts[m]);
                    }
                    else if (partner < 0 || counts[m] < counts[partner] || (counts[m] == counts[partner] && m < partner)) partner = m;
                }
                var unknowns = hiddenMembers + (hidden[line.Total] ? 1 : 0);
                if (unknowns == 0 || (unknowns >= 2 && (hidden[line.Total] || notSmallHidden))) continue;
                if (partner < 0) partner = hidden[line.Total] ? -1 : line.Total;
                if (partner < 0) continue;
                hidden[partner] = true;
                changed = true;
            }
        }
        return hidden;
    }

    /// <summary>An additive line of a table: the cells of <see cref="Members"/> add up to the cell <see cref="Total"/>.</summary>
    public sealed record Line(int Total, IReadOnlyList<int> Members);
}
