using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using LivingLibrary.Api.Reports;
using LivingLibrary.Api.Tests.Support;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace LivingLibrary.Api.Tests.Reports;

/// <summary>
/// The printable report as a funder gets it: printed to PDF by a real browser, then read back. Leaves the HTML,
/// the PDF and a PNG of the page's top in the test artefacts, to look at.
/// </summary>
public sealed partial class PrintableReportInChromiumTests(ITestOutputHelper output)
{
    private const double A4Width = 595, A4Height = 842;

    [Fact]
    public async Task The_French_report_prints_on_A4_with_its_figures_sections_and_charts()
    {
        var clock = Stopwatch.StartNew();
        var html = await PrintableReport.RenderAsync(LiegeReport.Report, LiegeReport.Labels, "fr", LiegeReport.Stamp);
        var rendered = clock.Elapsed;
        clock.Restart();
        for (var i = 0; i < 10; i++) await PrintableReport.RenderAsync(LiegeReport.Report, LiegeReport.Labels, "fr", LiegeReport.Stamp);
        var warm = clock.Elapsed / 10;
        var pdf = Print(html, "funder-report-fr");

        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        output.WriteLine($"rendered in {rendered.TotalMilliseconds:0} ms (then {warm.TotalMilliseconds:0.0} ms a render); {html.Length / 1024} KiB of HTML; PDF of {pdf.Length / 1024} KiB, {pages.Count} pages");
        pages.ShouldAllBe(p => Math.Abs(p.Width - A4Width) <= 2 && Math.Abs(p.Height - A4Height) <= 2);
        var text = Flat(string.Concat(pages.Select(p => p.Text)));

        // The headline band, as the page writes its figures.
        text.ShouldContain(Flat("12 participant·es ont pris part"));
        text.ShouldContain(Flat("46 séances d'aide en binôme 52,5 heures"));
        text.ShouldContain(Flat("8 binômes commencés"));
        text.ShouldContain(Flat("23 cas concrets apportés résolus : 15 orientés : 4"));
        foreach (var section in new[] { "Participant·es", "Activité", "Binômes de la bibliothèque vivante", "Cas concrets", "Prêts de matériel", "Progrès par compétence",
                     "Évaluations collectives", "Paroles de participant·es" })
            text.ShouldContain(Flat(section));
        text.ShouldContain(Flat("Période : 1er septembre 2025 – 30 juin 2026"));
        // Two people left: a figure about them is suppressed, in words, never a number.
        text.ShouldContain(Flat("sont parti·es masqué (moins de 3 personnes)"));
        Regex.Count(text, Regex.Escape(Flat("masqué (moins de 3 personnes)"))).ShouldBeGreaterThan(10);
        text.ShouldContain(Flat("J'ai payé ma facture d'eau toute seule, sur mon téléphone."));
        text.ShouldContain(Flat(LiegeReport.Stamp.Sha256));
        text.ShouldContain(Flat(LiegeReport.Stamp.ReportId.ToString()));

        // The charts are there as drawings with their own text: titles and axis labels come from ScottPlot's SVG.
        foreach (var chart in new[] { "Cas par type de difficulté", "Part des personnes réévaluées qui ont progressé", "% des personnes réévaluées",
                     "Évaluation à mi-parcours — auto-évaluation", "Évaluation de fin de projet — satisfaction" })
            text.ShouldContain(Flat(chart));
        var chartPage = pages.Single(p => Flat(p.Text).Contains(Flat("Cas par type de difficulté")));
        // One filled bar per difficulty that is not suppressed (the table's borders are paths too).
        chartPage.Paths.Count(p => p.IsFilled).ShouldBeGreaterThanOrEqualTo(LiegeReport.Report.Cases.ByDifficulty.Count(d => !d.Count.Suppressed));
    }

    [Fact]
    public async Task The_Dutch_and_English_reports_print_their_own_words()
    {
        foreach (var (language, suppressed, section) in new[]
                 {
                     ("nl", "verborgen (minder dan 3 personen)", "Gezamenlijke evaluaties"),
                     ("en", "suppressed (fewer than 3 people)", "Collective evaluations"),
                 })
        {
            var pdf = Print(await PrintableReport.RenderAsync(LiegeReport.Report, LiegeReport.Labels, language, LiegeReport.Stamp), $"funder-report-{language}");
            using var document = PdfDocument.Open(pdf);
            var text = Flat(string.Concat(document.GetPages().Select(p => p.Text)));
            text.ShouldContain(Flat(suppressed));
            text.ShouldContain(Flat(section));
            text.ShouldNotContain(Flat("masqué (moins de 3 personnes)"));
        }
    }

    /// <summary>Writes the page, prints it, and takes a PNG of its top at A4's width (794 CSS pixels).</summary>
    private byte[] Print(string html, string name)
    {
        var htmlFile = Artifacts.PathOf($"{name}.html");
        var pdfFile = Artifacts.PathOf($"{name}.pdf");
        File.WriteAllText(htmlFile, html, new UTF8Encoding(false));
        var clock = Stopwatch.StartNew();
        Chromium.PrintToPdf(htmlFile, pdfFile);
        output.WriteLine($"{name}: printed in {clock.Elapsed.TotalSeconds:0.0} s to {pdfFile}");
        Chromium.Screenshot(htmlFile, Artifacts.PathOf($"{name}-page1.png"), 794, 1123);
        return File.ReadAllBytes(pdfFile);
    }

    /// <summary>Text without its spacing, ligatures undone: how a PDF's letters compare with what the page says.</summary>
    private static string Flat(string text) => Spacing().Replace(text.Normalize(NormalizationForm.FormKC), "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spacing();
}
