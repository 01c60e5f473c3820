using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace LivingLibrary.Api.Reports;

/// <summary>A table cell: its text, whether it is a number (aligned right), whether it stands for a suppressed figure.</summary>
public sealed record Cell(string Text, bool Number = false, bool Suppressed = false)
{
    public static implicit operator Cell(string text) => new(text);
}

/// <summary>
/// The few HTML shapes a printed report is made of, every text encoded on its way in. Only <see cref="Raw"/>
/// writes markup as given: the page's own tags and ScottPlot's SVG.
/// </summary>
public sealed class ReportHtml
{
    // Letters of every language stay as they are (the page is UTF-8); only what HTML gives a meaning is encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder _html = new();

    public static string Encode(string text) => Encoder.Encode(text);

    public ReportHtml Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public ReportHtml Text(string text) => Raw(Encode(text));

    /// <summary><c>&lt;tag class="…"&gt;text&lt;/tag&gt;</c> on a line of its own.</summary>
    public ReportHtml Element(string tag, string text, string? cssClass = null) =>
        Raw($"<{tag}{Class(cssClass)}>").Text(text).Raw($"</{tag}>\n");

    public ReportHtml Open(string tag, string? cssClass = null) => Raw($"<{tag}{Class(cssClass)}>\n");

    public ReportHtml Close(string tag) => Raw($"</{tag}>\n");

    /// <summary>A figure's text, marked when it is the suppressed wording so that it reads as such.</summary>
    public ReportHtml Value(Cell cell)
    {
        if (!cell.Suppressed) return Text(cell.Text);
        // "masqué (moins de 3 personnes)": the reason in brackets kept on one line when a narrow cell wraps.
        var bracket = cell.Text.LastIndexOf(" (", StringComparison.Ordinal);
        return bracket < 0
            ? Raw("<span class=\"suppressed\">").Text(cell.Text).Raw("</span>")
            : Raw("<span class=\"suppressed\">").Text(cell.Text[..(bracket + 1)]).Raw("<span class=\"why\">").Text(cell.Text[(bracket + 1)..]).Raw("</span></span>");
    }

    public ReportHtml Table(IReadOnlyList<Cell> header, IEnumerable<IReadOnlyList<Cell>> rows)
    {
        Raw("<div class=\"table\" tabindex=\"0\"><table>\n<thead><tr>");
        foreach (var h in header) Raw($"<th{Class(h.Number ? "n" : null)}>").Text(h.Text).Raw("</th>");
        Raw("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            Raw("<tr>");
            foreach (var c in row) Raw($"<td{Class(c.Number ? "n" : null)}>").Value(c).Raw("</td>");
            Raw("</tr>\n");
        }
        return Raw("</tbody>\n</table></div>\n");
    }

    /// <summary>
    /// A table in groups, each with a title row across the table (and details, such as its figures, after the title),
    /// kept on one page: a question and its answers, a skill and its bands.
    /// </summary>
    public ReportHtml GroupedTable(IReadOnlyList<Cell> header, IEnumerable<(string Title, IReadOnlyList<Cell> Details, IEnumerable<IReadOnlyList<Cell>> Rows)> groups)
    {
        Raw("<div class=\"table\" tabindex=\"0\"><table class=\"grouped\">\n<thead><tr>");
        foreach (var h in header) Raw($"<th{Class(h.Number ? "n" : null)}>").Text(h.Text).Raw("</th>");
        Raw("</tr></thead>\n");
        foreach (var (title, details, rows) in groups)
        {
            Raw($"<tbody>\n<tr class=\"group\"><th colspan=\"{header.Count}\" scope=\"rowgroup\">").Text(title);
            for (var i = 0; i < details.Count; i++) Raw(i == 0 ? "<span class=\"details\">" : " · ").Value(details[i]);
            Raw(details.Count > 0 ? "</span></th></tr>\n" : "</th></tr>\n");
            foreach (var row in rows)
            {
                Raw("<tr>");
                foreach (var c in row) Raw($"<td{Class(c.Number ? "n" : null)}>").Value(c).Raw("</td>");
                Raw("</tr>\n");
            }
            Raw("</tbody>\n");
        }
        return Raw("</table></div>\n");
    }

    public ReportHtml Figure(string svg, string caption) =>
        // Focusable: on a phone a chart scrolls sideways in its figure, which the keyboard must reach too.
        Raw("<figure tabindex=\"0\">\n").Raw(svg).Raw("\n<figcaption>").Text(caption).Raw("</figcaption>\n</figure>\n");

    public override string ToString() => _html.ToString();

    private static string Class(string? cssClass) => cssClass is null ? "" : $" class=\"{cssClass}\"";
}
