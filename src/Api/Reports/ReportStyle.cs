namespace LivingLibrary.Api.Reports;

/// <summary>
/// The printed report's only style sheet: black on white, A4 with 15 mm margins, nothing split across pages
/// that reads as one (a row, a chart, a figure tile), and a single column down to a phone's 360 px.
/// </summary>
public static class ReportStyle
{
    public const string Css = """
        @page { size: A4; margin: 15mm; }
        html { color: #000; background: #fff; font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10pt; line-height: 1.4; }
        body { margin: 0 auto; max-width: 180mm; }
        @media screen { body { padding: 12px; } }
        header { border-bottom: 2pt solid #000; padding-bottom: 6pt; margin-bottom: 10pt; }
        .kicker { margin: 0; font-size: 9pt; text-transform: uppercase; letter-spacing: 0.05em; }
        h1 { font-size: 19pt; line-height: 1.2; margin: 2pt 0 4pt; }
        header p { margin: 2pt 0; }
        h2 { font-size: 14pt; margin: 16pt 0 6pt; padding-bottom: 2pt; border-bottom: 1pt solid #000; break-after: avoid; }
        h3 { font-size: 11.5pt; margin: 12pt 0 4pt; break-after: avoid; }
        h4 { font-size: 10pt; margin: 8pt 0 2pt; break-after: avoid; }
        p { margin: 4pt 0; }
        section.new-page { break-before: page; }
        article.campaign + article.campaign { break-before: page; }
        p.lead { break-after: avoid; }
        .suppressed .why { white-space: nowrap; }
        .headline { display: grid; grid-template-columns: repeat(4, 1fr); gap: 6pt; margin: 8pt 0; }
        .tile { border: 1pt solid #000; padding: 6pt; break-inside: avoid; }
        .tile .value { display: block; font-size: 17pt; font-weight: bold; line-height: 1.15; }
        .tile .value.suppressed { font-size: 10pt; }
        .tile .what { display: block; }
        .tile .more { display: block; font-size: 9pt; margin-top: 2pt; }
        .suppressed { font-style: italic; }
        .note { border: 1pt dashed #000; padding: 4pt 6pt; font-size: 9pt; break-inside: avoid; }
        @media screen { .table { overflow-x: auto; } }
        table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; }
        thead { display: table-header-group; }
        th, td { text-align: left; vertical-align: top; padding: 2.5pt 4pt; border-bottom: 0.5pt solid #777; }
        th { border-bottom: 1pt solid #000; font-weight: bold; }
        th:first-child, td:first-child { width: 45%; }
        .n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .n .suppressed { white-space: normal; }
        table.grouped tbody { break-inside: avoid; }
        tr.group th { text-align: left; font-weight: bold; padding-top: 7pt; border-bottom: 0.5pt solid #777; }
        tr.group .details { display: block; font-weight: normal; }
        table.grouped td:first-child { padding-left: 12pt; }
        tr, figure, blockquote, dl, .tile { break-inside: avoid; }
        figure { margin: 6pt 0 10pt; }
        figure svg { display: block; width: 100%; max-width: 100%; height: auto; }
        figcaption { font-size: 9pt; margin-top: 2pt; }
        dl.conclusions dt { font-weight: bold; margin-top: 4pt; }
        dl.conclusions dd { margin: 0 0 0 10pt; white-space: pre-line; }
        blockquote { margin: 6pt 0; padding: 2pt 0 2pt 10pt; border-left: 3pt solid #000; font-style: italic; white-space: pre-line; }
        footer { margin-top: 18pt; border-top: 1pt solid #000; padding-top: 6pt; font-size: 9pt; break-inside: avoid; }
        .hash { font-family: "DejaVu Sans Mono", monospace; word-break: break-all; }
        @media screen and (max-width: 600px) {
          .headline { grid-template-columns: repeat(2, 1fr); }
          figure { overflow-x: auto; }
          figure svg { min-width: 520px; }
        }
        """;
}
