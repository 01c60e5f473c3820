namespace LivingLibrary.Api.Reports;

/// <summary>
/// The funder report as one self-contained HTML page to print on A4 or read on a phone, in French, Dutch or
/// English: no script, no external resource, charts inline as SVG (<see cref="FunderReportPage"/>). A pure function
/// of its inputs: the same report gives the same bytes, so a printed copy can be regenerated and compared.
/// </summary>
public static class PrintableReport
{
    /// <summary>A page per campaign for a group's few; beyond that (an organisation's report), every campaign together and a line for each.</summary>
    public const int CampaignsShownOneByOne = 4;

    /// <summary>The page; its times in <paramref name="time"/>'s zone (Brussels when not given).</summary>
    public static Task<string> RenderAsync(FunderReport report, ReportLabels labels, string language, IssuedStamp? stamp, OrganisationTime? time = null) =>
        HtmlPage.RenderAsync<FunderReportPage>(new Dictionary<string, object?>
        {
            [nameof(FunderReportPage.Report)] = report,
            [nameof(FunderReportPage.Labels)] = labels,
            [nameof(FunderReportPage.W)] = new ReportWords(language, time),
            [nameof(FunderReportPage.Stamp)] = stamp,
        });

    internal static IReadOnlyList<Cell> Row(params Cell[] cells) => cells;

    internal static Cell Num(string text) => new(text, true);

    internal static Cell Count(Figure figure, ReportWords w) => new(w.Count(figure), true, figure.Suppressed);

    internal static Cell Hours(Figure figure, ReportWords w) => new(w.Hours(figure), true, figure.Suppressed);

    internal static Cell Percent(Figure figure, ReportWords w) => new(w.Percent(figure), true, figure.Suppressed);

    internal static class Words
    {
        public static readonly Word Report = new("report.report");
        public static readonly Word What = new("report.what");
        public static readonly Word People = new("report.people");
        public static readonly Word Cases = new("report.cases");
        public static readonly Word CasesHeader = new("report.cases-header");
        public static readonly Word Hours = new("report.hours");
        public static readonly Word Resolved = new("report.resolved");
        public static readonly Word Referred = new("report.referred");
        public static readonly Word Answered = new("report.answered");
        public static readonly Word NoneInPeriod = new("report.none-in-period");
        public static readonly Word KeyFigures = new("report.key-figures");
    }
}
