using System.Net;
using System.Text.RegularExpressions;
using ScottPlot;

namespace LivingLibrary.Api.Reports;

/// <summary>One bar of a chart: its category's name and its figure. A suppressed figure gets no bar, only the words on its category.</summary>
public sealed record ChartBar(string Name, Figure Value);

/// <summary>One stacked bar: a question and the count of each of its choices, lowest first.</summary>
public sealed record ChartStack(string Name, Figure Answered, IReadOnlyList<Figure> Choices);

/// <summary>
/// The report's charts, drawn by ScottPlot as SVG to embed in the page. Drawn at the width of an A4 page's text
/// (180 mm, 680 CSS pixels), so that their 12 px labels print at 12 px.
/// </summary>
public static partial class ReportCharts
{
    public const int Width = 680;
    private const string Font = "DejaVu Sans";
    private const int TickSize = 12;
    private const int WrapAt = 34;
    private static readonly Color Ink = Color.FromHex("#000000");
    private static readonly Color BarColor = Color.FromHex("#4d4d4d");
    private static readonly Lock Drawing = new();

    static ReportCharts()
    {
        // The typeface is loaded from its file, not looked up, so that text is measured (and laid out) the same
        // on every machine that has DejaVu (Debian's fonts-dejavu-core); elsewhere ScottPlot's default stands in.
        const string dejaVu = "/usr/share/fonts/truetype/dejavu/";
        if (File.Exists(dejaVu + "DejaVuSans.ttf")) Fonts.AddFontFile(Font, dejaVu + "DejaVuSans.ttf", bold: false, italic: false);
        if (File.Exists(dejaVu + "DejaVuSans-Bold.ttf")) Fonts.AddFontFile(Font, dejaVu + "DejaVuSans-Bold.ttf", bold: true, italic: false);
    }

    /// <summary>Horizontal bars, one per category from the top, each with its value written at its end.</summary>
    public static string Bars(string id, string title, string axis, IReadOnlyList<ChartBar> bars, ReportWords words,
        Func<double, string> valueText, double? max = null)
    {
        var plot = NewPlot(title, axis);
        var names = bars.Select(b => Wrap(b.Name) + (b.Value.Suppressed ? "\n" + words.Suppressed : "")).ToList();
        var shown = bars.Select((b, i) => (b, i)).Where(x => !x.b.Suppressed()).Select(x => new Bar
        {
            Position = Row(x.i, bars.Count), Value = x.b.Value.Value!.Value, FillColor = BarColor, LineWidth = 0, Size = 0.6,
            Label = valueText(x.b.Value.Value!.Value), Orientation = Orientation.Horizontal,
        }).ToList();
        if (shown.Count > 0)
        {
            var plottable = plot.Add.Bars(shown);
            plottable.Horizontal = true;
            plottable.ValueLabelStyle.FontName = Font;
            plottable.ValueLabelStyle.FontSize = TickSize;
            plottable.ValueLabelStyle.ForeColor = Ink;
        }
        var top = max ?? Math.Max(1, shown.Select(b => b.Value).DefaultIfEmpty(0).Max());
        Categories(plot, names, top * 1.15);
        // A scale with a known end (a share) has its ticks up to that end only, in its own words.
        if (max is { } end)
            plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, 5).Select(i => end * i / 4)], [.. Enumerable.Range(0, 5).Select(i => valueText(end * i / 4))]);
        return Svg(plot, id, title, HeightFor(names, legend: false));
    }

    /// <summary>Stacked horizontal bars, one per question: each choice a shade, from light (lowest) to dark, with a legend below.</summary>
    public static string Stacks(string id, string title, string axis, IReadOnlyList<ChartStack> stacks, IReadOnlyList<string> choices,
        ReportWords words)
    {
        var plot = NewPlot(title, axis);
        var names = stacks.Select(s => Wrap(s.Name) + (s.Answered.Suppressed || s.Choices.All(c => c.Suppressed) ? "\n" + words.Suppressed
            : s.Choices.Any(c => c.Suppressed) ? "\n" + words.PartlySuppressed : "")).ToList();
        var ends = new double[stacks.Count];
        for (var choice = 0; choice < choices.Count; choice++)
        {
            var shade = Shade(choice, choices.Count);
            var bars = new List<Bar>();
            for (var row = 0; row < stacks.Count; row++)
            {
                if (stacks[row].Answered.Suppressed || choice >= stacks[row].Choices.Count) continue;
                if (stacks[row].Choices[choice] is not { Suppressed: false, Value: > 0 and var value }) continue;
                bars.Add(new Bar
                {
                    Position = Row(row, stacks.Count), ValueBase = ends[row], Value = ends[row] + value, FillColor = shade, LineWidth = 0,
                    Size = 0.6, Label = words.Number(value), CenterLabel = true, Orientation = Orientation.Horizontal,
                });
                ends[row] += value;
            }
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = choices[choice], FillColor = shade, OutlineWidth = 0 });
            if (bars.Count == 0) continue;
            var plottable = plot.Add.Bars(bars);
            plottable.Horizontal = true;
            plottable.ValueLabelStyle.FontName = Font;
            plottable.ValueLabelStyle.FontSize = TickSize;
            plottable.ValueLabelStyle.ForeColor = choice * 2 >= choices.Count ? Colors.White : Ink;
        }
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.Legend.FontName = Font;
        plot.Legend.FontSize = TickSize;
        plot.Legend.OutlineWidth = 0;
        plot.Legend.TightHorizontalWrapping = true;
        plot.Legend.ShadowColor = Colors.Transparent;
        Categories(plot, names, Math.Max(1, ends.DefaultIfEmpty(0).Max()) * 1.05);
        return Svg(plot, id, title, HeightFor(names, legend: true));
    }

    private static Plot NewPlot(string title, string axis)
    {
        var plot = new Plot();
        plot.Font.Set(Font);
        plot.Title(title, size: 15);
        plot.Axes.Title.Label.Bold = true;
        plot.XLabel(axis, size: 13);
        plot.Axes.Bottom.TickLabelStyle.FontSize = TickSize;
        plot.Axes.Left.TickLabelStyle.FontSize = TickSize;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.MinorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.IsVisible = false;
        return plot;
    }

    /// <summary>The first category at the top; the value axis from zero.</summary>
    private static void Categories(Plot plot, IReadOnlyList<string> names, double max)
    {
        plot.Axes.Left.SetTicks([.. names.Select((_, i) => Row(i, names.Count))], [.. names]);
        plot.Axes.SetLimitsY(-0.5, names.Count - 0.5);
        plot.Axes.SetLimitsX(0, max);
    }

    private static double Row(int index, int count) => count - 1 - index;

    private static bool Suppressed(this ChartBar bar) => bar.Value.Suppressed || bar.Value.Value is null;

    private static Color Shade(int choice, int count)
    {
        var grey = (byte)(220 - 190 * choice / Math.Max(1, count - 1));
        return new Color(grey, grey, grey);
    }

    private static int HeightFor(IReadOnlyList<string> names, bool legend) =>
        110 + (legend ? 50 : 0) + names.Sum(n => Math.Max(34, n.Split('\n').Length * 15 + 12));

    /// <summary>Breaks a long name into lines of about <see cref="WrapAt"/> characters, at spaces.</summary>
    private static string Wrap(string text)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > WrapAt) { lines.Add(line); line = word; }
            else line = line.Length == 0 ? word : line + " " + word;
        }
        lines.Add(line);
        return string.Join('\n', lines);
    }

    /// <summary>
    /// The plot's SVG, ready to embed in a page: no XML declaration, a viewBox so that it scales to the page, and ids
    /// of its own (ScottPlot numbers clip paths in hexadecimal from a counter of the process, which would differ from one render to
    /// the next and collide between two charts of a page).
    /// </summary>
    private static string Svg(Plot plot, string id, string title, int height)
    {
        string svg;
        lock (Drawing) svg = plot.GetSvgXml(Width, height);
        svg = XmlDeclaration().Replace(svg, "");
        var ids = new Dictionary<string, string>();
        svg = ClipId().Replace(svg, m =>
        {
            if (!ids.TryGetValue(m.Groups["id"].Value, out var own)) ids[m.Groups["id"].Value] = own = $"{id}-clip{ids.Count + 1}";
            return m.Value.Replace(m.Groups["id"].Value, own);
        });
        var root = $"<svg viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(title)}\" ";
        return SvgRoot().Replace(svg, _ => root, 1).Trim();
    }

    [GeneratedRegex(@"^\s*<\?xml[^>]*\?>\s*")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"(id=""|url\(#)(?<id>cl_[0-9a-fA-F]+)")]
    private static partial Regex ClipId();

    [GeneratedRegex(@"<svg ")]
    private static partial Regex SvgRoot();
}
