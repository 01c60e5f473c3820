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
        public static readonly Label Report = new("Rapport aux financeurs — bibliothèque vivante", "Rapport voor de financiers — levende bibliotheek",
            "Report to funders — living library");
        public static readonly Label What = new("Ce qui est compté", "Wat geteld wordt", "What is counted");
        public static readonly Label People = new("Personnes", "Personen", "People");
        public static readonly Label Cases = new("cas", "situaties", "cases");
        public static readonly Label CasesHeader = new("Cas", "Situaties", "Cases");
        public static readonly Label Hours = new("heures", "uren", "hours");
        public static readonly Label Resolved = new("résolus", "opgelost", "resolved");
        public static readonly Label Referred = new("orientés", "doorverwezen", "referred");
        public static readonly Label Answered = new("Personnes qui ont répondu", "Mensen die antwoordden", "People who answered");
        public static readonly Label NoneInPeriod = new("Rien pendant la période.", "Niets tijdens de periode.", "None during the period.");
        public static readonly Label KeyFigures = new("Chiffres clés", "Kerncijfers", "Key figures");
    }
}
