using System.Net;
using System.Text.RegularExpressions;
using LivingLibrary.Api.Reports;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Reports;

namespace LivingLibrary.Api.Tests.Reports;

/// <summary>The printable page as text: what it says, in which language, and that it says it the same way every time.</summary>
public sealed partial class PrintableReportTests
{
    private static readonly FunderReport Report = LiegeReport.Report;
    private static readonly ReportLabels Labels = LiegeReport.Labels;

    [Fact]
    public async Task The_same_report_renders_to_the_same_bytes()
    {
        var first = await PrintableReport.RenderAsync(Report, Labels, "fr", LiegeReport.Stamp);
        // Another report in between moves every process-wide counter a chart library may keep.
        await PrintableReport.RenderAsync(AllSuppressed(), Labels, "nl", null);
        var second = await PrintableReport.RenderAsync(Report, Labels, "fr", LiegeReport.Stamp);

        second.ShouldBe(first);
    }

    [Theory]
    [InlineData("fr", "fr", "masqué (moins de 3 personnes)", "Cas par type de difficulté")]
    [InlineData("nl", "nl", "verborgen (minder dan 3 personen)", "Situaties per soort moeilijkheid")]
    [InlineData("en", "en", "suppressed (fewer than 3 people)", "Cases by kind of difficulty")]
    [InlineData("nl-BE", "nl", "verborgen (minder dan 3 personen)", "Situaties per soort moeilijkheid")]
    [InlineData("de", "fr", "masqué (moins de 3 personnes)", "Cas par type de difficulté")]
    public async Task The_page_is_in_the_language_asked_and_French_stands_in_for_any_other(string asked, string shown, string suppressed, string chart)
    {
        var html = await PrintableReport.RenderAsync(Report, Labels, asked, null);

        html.ShouldStartWith($"<!DOCTYPE html>\n<html lang=\"{shown}\">");
        Text(html).ShouldContain(suppressed);
        Text(html).ShouldContain(chart);
    }

    [Theory]
    [InlineData("fr", "Prêts de matériel", "Ordinateur portable", "Point d'accès mobile", "Tous les appareils", "masqué (moins de 3 personnes)")]
    [InlineData("nl", "Uitlenen van toestellen", "Laptop", "Mobiele hotspot", "Alle toestellen", "verborgen (minder dan 3 personen)")]
    [InlineData("en", "Device loans", "Laptop", "Mobile hotspot", "All devices", "suppressed (fewer than 3 people)")]
    public async Task Device_loans_are_counted_by_kind_of_device_in_the_page_language(string language, string section, string laptop, string hotspot,
        string all, string suppressed)
    {
        var html = await PrintableReport.RenderAsync(Report, Labels, language, null);

        Text(html).ShouldContain(section);
        // Lent 6, 3, 2 and returned 4, 3, 1: a small cell hides the tablets' too; one laptop overdue in all hides every overdue figure.
        RowOf(html, laptop).ShouldBe([laptop, "6", "4", suppressed]);
        RowOf(html, hotspot).ShouldBe([hotspot, suppressed, suppressed, suppressed]);
        RowOf(html, all).ShouldBe([all, "11", "8", suppressed]);
        Text(await PrintableReport.RenderAsync(Report with { Loans = new(new(0), new(0), new(0), []) }, Labels, language, null)).ShouldContain(section);
    }

    private static IReadOnlyList<string> RowOf(string html, string first) =>
        Regex.Matches(html, "<tr>(.*?)</tr>").Select(row => Regex.Matches(row.Groups[1].Value, "<td[^>]*>(.*?)</td>").Select(c => Text(c.Groups[1].Value)).ToList())
            .First(cells => cells.Count > 0 && cells[0] == first);

    [Fact]
    public async Task Codes_are_named_by_the_labels_in_the_page_language()
    {
        var fr = Text(await PrintableReport.RenderAsync(Report, Labels, "fr", null));
        var nl = Text(await PrintableReport.RenderAsync(Report, Labels, "nl", null));

        fr.ShouldContain("Se connecter, prouver qui on est");
        fr.ShouldContain("Mutualité");
        fr.ShouldContain("Je peux payer une facture en ligne");
        fr.ShouldContain("1.1 Naviguer, rechercher et filtrer des données");
        fr.ShouldContain("arabe (ar)");
        nl.ShouldContain("Aanmelden en identiteit");
        nl.ShouldContain("Ziekenfonds");
        nl.ShouldContain("Ik kan een factuur online betalen");
        nl.ShouldContain("Arabisch (ar)");
        // A language the labels do not name reads as its code.
        fr.ShouldContain("prs");
    }

    [Fact]
    public async Task A_suppressed_figure_is_written_in_words_and_never_as_a_number()
    {
        var html = await PrintableReport.RenderAsync(AllSuppressed(), Labels, "en", null);
        var page = Text(html);

        // Every numeric cell of every table, and every headline figure, says it is suppressed; only the activities held
        // by kind (workshops 0, exchange sessions 3, visits, talks, others 0) and their hours (0) are numbers: what was done, not who.
        var cells = NumericCells().Matches(html).Select(m => Text(m.Groups["text"].Value)).ToList();
        cells.Count.ShouldBeGreaterThan(20);
        cells.Where(c => c != "suppressed (fewer than 3 people)").ShouldBe(["0", "3", "0", "0", "0", "0"]);
        HeadlineValues().Matches(html).Select(m => Text(m.Groups["text"].Value)).ShouldAllBe(v => v == "suppressed (fewer than 3 people)");
        page.ShouldContain("Hours of help in pairs");
        // The rule is explained once.
        Regex.Count(page, "To protect people").ShouldBe(1);
    }

    [Fact]
    public async Task A_suppressed_category_has_no_bar_in_its_chart_but_says_it_is_suppressed()
    {
        var html = await PrintableReport.RenderAsync(Report, Labels, "en", null);
        var chart = Charts(html).Single(svg => svg.Contains("Cases by kind of difficulty"));

        // Three kinds of difficulty have a count shown; four are suppressed (2, 1 and 1 people, and the 3 that hides them).
        Bars(chart).ShouldBe(LiegeReport.Report.Cases.ByDifficulty.Count(d => !d.Count.Suppressed));
        Regex.Count(chart, Regex.Escape("suppressed (fewer than 3 people)")).ShouldBe(4);

        var empty = Charts(await PrintableReport.RenderAsync(AllSuppressed(), Labels, "en", null));
        empty.ShouldNotBeEmpty();
        empty.ShouldAllBe(svg => Bars(svg) == 0);
    }

    [Fact]
    public async Task The_page_has_a_chart_of_difficulties_of_progress_and_of_each_campaign_s_answers()
    {
        var charts = Charts(await PrintableReport.RenderAsync(Report, Labels, "en", null));

        charts.Count.ShouldBe(6);
        charts.ShouldContain(svg => svg.Contains("Cases by kind of difficulty"));
        charts.ShouldContain(svg => svg.Contains("Share of the people reassessed who moved up"));
        foreach (var title in new[] { "Mid-project evaluation — self-assessment", "Mid-project evaluation — satisfaction",
                     "End-of-project evaluation — self-assessment", "End-of-project evaluation — satisfaction" })
            charts.ShouldContain(svg => svg.Contains(title), title);
    }

    [Fact]
    public async Task Charts_are_drawn_in_DejaVu_with_print_sized_text_scale_to_the_page_and_have_ids_of_their_own()
    {
        var html = await PrintableReport.RenderAsync(Report, Labels, "fr", null);
        var charts = Charts(html);

        charts.ShouldAllBe(svg => svg.StartsWith($"<svg viewBox=\"0 0 {ReportCharts.Width} "));
        FontFamilies().Matches(html).Select(m => m.Groups[1].Value).Distinct().ShouldBe(["DejaVu Sans"]);
        FontSizes().Matches(html).Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldAllBe(size => size >= 10);
        var ids = Ids().Matches(html).Select(m => m.Groups[1].Value).ToList();
        ids.ShouldNotBeEmpty();
        ids.Distinct().Count().ShouldBe(ids.Count);
        html.ShouldContain("figure svg { display: block; width: 100%; max-width: 100%; height: auto; }");
        html.ShouldContain("@page { size: A4; margin: 15mm; }");
    }

    [Fact]
    public async Task The_page_is_self_contained_no_script_no_external_resource_no_web_font()
    {
        var html = await PrintableReport.RenderAsync(Report, Labels, "fr", LiegeReport.Stamp);

        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain(" src=", Case.Insensitive);
        html.ShouldNotContain(" href=", Case.Insensitive);
        html.ShouldNotContain("@import", Case.Insensitive);
        html.ShouldNotContain("@font-face", Case.Insensitive);
        html.ShouldNotContain("<?xml");
        Regex.Matches(html, @"url\((?!#)").ShouldBeEmpty();
        // The only address in the page is SVG's namespace, which nothing fetches.
        Regex.Matches(html, @"https?://[^""\s]*").Select(m => m.Value).Distinct()
            .ShouldBeSubsetOf(["http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"]);
    }

    [Fact]
    public async Task Every_text_from_outside_is_encoded()
    {
        const string hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        var report = Report with
        {
            GroupName = hostile,
            Quotes = [hostile],
            Evaluations = [Report.Evaluations[0] with { Conclusions = new Conclusions(hostile, hostile, hostile, new DateOnly(2026, 1, 27)) }],
        };
        var labels = Labels with { GroupName = null, OrganisationName = hostile };

        var html = await PrintableReport.RenderAsync(report, labels, "fr", LiegeReport.Stamp with { Sha256 = hostile });

        html.ShouldNotContain("<script");
        html.ShouldNotContain("<img");
        Text(html).ShouldContain(hostile);
    }

    [Fact]
    public async Task The_title_says_the_group_the_period_and_the_cut_off_and_the_footer_the_stamp()
    {
        var issued = Text(await PrintableReport.RenderAsync(Report, Labels, "en", LiegeReport.Stamp));
        var preview = Text(await PrintableReport.RenderAsync(Report, Labels, "en", null));

        issued.ShouldContain("Bibliothèque vivante de Liège-Centre");
        issued.ShouldContain("Organisation: Liège Inclusion numérique");
        issued.ShouldContain("Period: 1 September 2025 – 30 June 2026");
        issued.ShouldContain("Figures from what was recorded as of 1 July 2026, 10:30", Case.Sensitive, "08:30 UTC is 10:30 in Brussels in summer");
        issued.ShouldNotContain("UTC");
        issued.ShouldContain($"Report no. {LiegeReport.Stamp.ReportId}, issued on 2 July 2026, under rules no. {FunderReports.Rules}.");
        issued.ShouldContain($"SHA-256: {LiegeReport.Stamp.Sha256}");
        issued.ShouldContain("can be regenerated from the same events");
        preview.ShouldContain("Preview: this report has not been issued yet.");
        preview.ShouldNotContain("SHA-256");
    }

    [Fact]
    public void Numbers_and_dates_are_written_the_way_each_language_writes_them()
    {
        var fr = new ReportWords("fr");
        var nl = new ReportWords("nl");
        var en = new ReportWords("en");

        (fr.Number(9000.5, 1), nl.Number(9000.5, 1), en.Number(9000.5, 1)).ShouldBe(("9\u202f000,5", "9.000,5", "9,000.5"));
        (fr.Percent(0.667), nl.Percent(0.667), en.Percent(0.667)).ShouldBe(("67\u202f%", "67%", "67%"));
        fr.Hours(new Figure(18.25)).ShouldBe("18,3");
        fr.Number(1, 1, fixedDecimals: true).ShouldBe("1,0");
        (fr.Date(new(2025, 9, 1)), nl.Date(new(2025, 9, 1)), en.Date(new(2025, 9, 1))).ShouldBe(("1er septembre 2025", "1 september 2025", "1 September 2025"));
        fr.Count(Figure.Hidden).ShouldBe("masqué (moins de 3 personnes)");
    }

    [Fact]
    public async Task The_quotes_read_as_quotations()
    {
        var html = await PrintableReport.RenderAsync(Report, Labels, "fr", null);

        Regex.Matches(html, "<blockquote>(.*?)</blockquote>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ShouldBe(Report.Quotes);
    }

    /// <summary>
    /// The printable report and a person's export page are Razor components rendered to a string, like the console's pages
    /// are Razor: no HTML is written by hand in C# beside them any more.
    /// </summary>
    [Fact]
    public void The_printable_report_and_the_export_page_are_written_by_Razor()
    {
        var api = typeof(PrintableReport).Assembly;

        foreach (var page in new[] { "LivingLibrary.Api.Reports.FunderReportPage", "LivingLibrary.Api.Export.ExportPage" })
            typeof(Microsoft.AspNetCore.Components.IComponent).IsAssignableFrom(api.GetType(page)).ShouldBeTrue(page);
        api.GetType("LivingLibrary.Api.Reports.ReportHtml").ShouldBeNull();
    }

    /// <summary>The Liège report with every figure about people suppressed.</summary>
    [Fact]
    public async Task An_organisations_many_campaigns_are_shown_together_with_a_line_for_each()
    {
        var campaigns = Enumerable.Range(0, PrintableReport.CampaignsShownOneByOne + 1).Select(i => Report.Evaluations[i % 2] with { CampaignId = Guid.NewGuid() }).ToList();
        var totals = new CampaignTotals(campaigns.Count, Figure.Count(52), Report.Evaluations[1].Questions);
        var labels = Labels with { GroupNames = new Dictionary<Guid, string> { [LiegeReport.GroupId] = "Mardi matin" } };

        var text = Text(await PrintableReport.RenderAsync(Report with { GroupId = null, Evaluations = campaigns, EvaluationTotals = totals }, labels, "fr", null));

        text.ShouldContain($"Toutes les campagnes ({campaigns.Count})");
        text.ShouldContain("Personnes qui ont répondu\u00a0: 52");
        Regex.Matches(text, "Mardi matin").Count.ShouldBe(campaigns.Count);
        text.ShouldContain("Je peux payer une facture en ligne"); // question texts found in any campaign
        text.ShouldNotContain("Conclusions du groupe");
    }

    private static FunderReport AllSuppressed()
    {
        var h = Figure.Hidden;
        IReadOnlyList<Figure> Hidden(int n) => [.. Enumerable.Repeat(h, n)];
        return Report with
        {
            Participants = new(h, h, h, h, [new("fr", h), new("ar", h)]),
            Activity = new([new(LivingLibrary.Domain.Activities.ActivityKind.ExchangeSession, 3, 0)], 0, h, h, h, h, h, h),
            Pairings = new(h, h, h),
            Cases = new(h, h, h, [new("bank", h), new("itsme", h)], [new("paying", h), new("other", h)]),
            Loans = new(h, h, h, [new(LivingLibrary.Domain.Loans.DeviceKind.Laptop, h, h, h), new(LivingLibrary.Domain.Loans.DeviceKind.Tablet, h, h, h)]),
            Progress = new(h, [new SkillShift("1.1", h, h, h, Hidden(4), Hidden(4), Hidden(4))], h, h) { PeopleWhoHelpedAround = h, TimesHelpedAround = h },
            Evaluations =
            [
                Report.Evaluations[0] with
                {
                    Respondents = h,
                    Questions = [.. Report.Evaluations[0].Questions.Select(q => q with
                    {
                        Answered = h, Mean = q.Mean is null ? null : h, Choices = q.Choices is null ? null : Hidden(q.Choices.Count),
                    })],
                },
            ],
        };
    }

    private static List<string> Charts(string html) => [.. Svgs().Matches(html).Select(m => m.Value)];

    /// <summary>
    /// The bars ScottPlot drew: filled rectangles inside a clip path (the background is outside) and taller than a
    /// legend's symbols (about 8 px; a bar is 60 % of a row of at least 34 px).
    /// </summary>
    private static int Bars(string svg) =>
        ClippedGroups().Matches(svg).Sum(g => FilledRects().Matches(g.Value).Count(r => double.Parse(r.Groups["height"].Value,
            System.Globalization.CultureInfo.InvariantCulture) > 12));

    /// <summary>What a reader sees of some HTML: tags dropped, entities decoded.</summary>
    private static string Text(string html) => WebUtility.HtmlDecode(Tags().Replace(html, ""));

    [GeneratedRegex(@"<svg .*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Svgs();

    [GeneratedRegex(@"<g clip-path=""url\(#[^)]*\)"">.*?</g>", RegexOptions.Singleline)]
    private static partial Regex ClippedGroups();

    [GeneratedRegex(@"<rect fill=""#[0-9A-F]{6}"" [^>]*height=""(?<height>[0-9.]+)""")]
    private static partial Regex FilledRects();

    [GeneratedRegex(@"<td class=""n"">(?<text>.*?)</td>")]
    private static partial Regex NumericCells();

    [GeneratedRegex(@"<span class=""value[^""]*"">(?<text>.*?)</span><span class=""what"">")]
    private static partial Regex HeadlineValues();

    [GeneratedRegex(@"font-family=""([^""]*)""")]
    private static partial Regex FontFamilies();

    [GeneratedRegex(@"font-size=""([0-9.]+)""")]
    private static partial Regex FontSizes();

    [GeneratedRegex(@" id=""([^""]*)""")]
    private static partial Regex Ids();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();
}
