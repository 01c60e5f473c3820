namespace LivingLibrary.Api.Reports;

/// <summary>
/// The words, numbers and dates of a printed report in one of its languages (fr, nl, en; any other gives French,
/// as <see cref="Label.In"/> does). Numbers, dates and times are written by <see cref="Written"/>, by the language and in
/// the organisation's time zone, not by the machine's culture, so that the same report prints the same everywhere.
/// </summary>
public sealed class ReportWords(string? language, OrganisationTime? time = null)
{
    private readonly Written written = (time ?? OrganisationTime.Brussels).In(language);

    public string Language => written.Language;

    /// <summary>A word of the catalogue in the page's language.</summary>
    public string this[Word word] => Catalogue.Standalone.Say(word, Language);

    /// <summary>A colon as the language writes it: French puts a (non-breaking) space before it.</summary>
    public string Colon => Language == "fr" ? "\u00a0: " : ": ";

    public string Suppressed => this[new("report.suppressed-fewer-than-3-people")];

    public string PartlySuppressed => this[new("report.partly-suppressed-fewer-than-3-people")];

    /// <summary>A figure's value as <paramref name="format"/> writes it, or the suppressed wording.</summary>
    public string Of(Figure figure, Func<double, string> format) =>
        figure.Suppressed ? Suppressed : figure.Value is { } value ? format(value) : "—";

    public string Count(Figure figure) => Of(figure, v => Number(v));

    public string Count(int count) => Number(count);

    public string Hours(Figure figure) => Of(figure, v => Number(v, 1));

    public string Percent(Figure share) => Of(share, v => Percent(v));

    public string Percent(double share) => written.Percent(share);

    /// <summary>Grouped thousands and at most <paramref name="decimals"/> decimals (exactly that many when <paramref name="fixedDecimals"/>).</summary>
    public string Number(double value, int decimals = 0, bool fixedDecimals = false) => written.Number(value, decimals, fixedDecimals);

    public string Date(DateOnly day) => written.Date(day);

    /// <summary>An instant as the organisation's clocks showed it (Brussels time unless the organisation says otherwise).</summary>
    public string Moment(DateTimeOffset moment) => written.Time(moment);

    public string Period(DateOnly from, DateOnly to) => $"{Date(from)} – {Date(to)}";

    /// <summary>"workshops held", "exchange sessions held"…: a kind of activity as a report's row counts it.</summary>
    public string KindHeld(ActivityKind kind) => this[ConsolePages.Words.ReportKindHeld(kind)];

    public string KindOf(CampaignKind kind) => this[kind switch
    {
        CampaignKind.MidProject => new("report.mid-project-evaluation"),
        CampaignKind.EndOfProject => new("report.end-of-project-evaluation"),
        _ => new("report.evaluation"),
    }];

    /// <summary>The words of each choice of a kind of question, lowest first; none for open questions.</summary>
    public IReadOnlyList<string> Choices(QuestionKind kind) => kind switch
    {
        QuestionKind.SelfAssessment => [.. Enum.GetValues<CanDo>().Select(c => Questionnaire.Words(c).In(Language))],
        QuestionKind.Satisfaction =>
        [
            this[new("report.1-not-at-all")], "2", "3", "4",
            this[new("report.5-very-much")],
        ],
        _ => [],
    };

    public string DeviceKind(DeviceKind kind) => this[kind switch
    {
        Domain.Loans.DeviceKind.Laptop => new("report.laptop"),
        Domain.Loans.DeviceKind.Tablet => new("report.tablet"),
        Domain.Loans.DeviceKind.Phone => new("report.phone"),
        Domain.Loans.DeviceKind.MobileHotspot => new("report.mobile-hotspot"),
        _ => new("report.other-device"),
    }];

    public string BandName(Band band) => DigComp.LabelOf(band).In(Language);
}
