using System.Globalization;

namespace LivingLibrary.Api.Reports;

/// <summary>
/// The words, numbers and dates of a printed report in one of its languages (fr, nl, en; any other gives French,
/// as <see cref="Label.In"/> does). Numbers and dates are formatted here, not by the machine's culture, so that
/// the same report prints the same everywhere.
/// </summary>
public sealed class ReportWords(string? language)
{
    public string Language { get; } = new Label("fr", "nl", "en").In(language);

    public string this[Label label] => label.In(Language);

    /// <summary>A colon as the language writes it: French puts a (non-breaking) space before it.</summary>
    public string Colon => Language == "fr" ? "\u00a0: " : ": ";

    public string Suppressed => this[new("masqué (moins de 3 personnes)", "verborgen (minder dan 3 personen)", "suppressed (fewer than 3 people)")];

    public string PartlySuppressed => this[new("en partie masqué (moins de 3 personnes)", "deels verborgen (minder dan 3 personen)",
        "partly suppressed (fewer than 3 people)")];

    /// <summary>A figure's value as <paramref name="format"/> writes it, or the suppressed wording.</summary>
    public string Of(Figure figure, Func<double, string> format) =>
        figure.Suppressed ? Suppressed : figure.Value is { } value ? format(value) : "—";

    public string Count(Figure figure) => Of(figure, v => Number(v));

    public string Count(int count) => Number(count);

    public string Hours(Figure figure) => Of(figure, v => Number(v, 1));

    public string Percent(Figure share) => Of(share, v => Percent(v));

    public string Percent(double share) => Language == "fr" ? $"{Number(share * 100)}\u202f%" : $"{Number(share * 100)}%";

    /// <summary>
    /// Grouped thousands and at most <paramref name="decimals"/> decimals (exactly that many when <paramref name="fixedDecimals"/>):
    /// 9 000,5 (fr), 9.000,5 (nl), 9,000.5 (en).
    /// </summary>
    public string Number(double value, int decimals = 0, bool fixedDecimals = false)
    {
        var format = "#,0." + new string(fixedDecimals ? '0' : '#', decimals);
        var invariant = Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString(format, CultureInfo.InvariantCulture);
        var (group, point) = Language switch { "fr" => ('\u202f', ','), "nl" => ('.', ','), _ => (',', '.') };
        return string.Concat(invariant.Select(c => c switch { ',' => group, '.' => point, _ => c }));
    }

    public string Date(DateOnly day)
    {
        var month = Months[day.Month - 1].In(Language);
        return Language switch
        {
            "fr" => $"{(day.Day == 1 ? "1er" : day.Day.ToString(CultureInfo.InvariantCulture))} {month} {day.Year}",
            "nl" => $"{day.Day} {month} {day.Year}",
            _ => $"{day.Day} {month} {day.Year}",
        };
    }

    public string Moment(DateTimeOffset moment)
    {
        var utc = moment.ToUniversalTime();
        return $"{Date(DateOnly.FromDateTime(utc.DateTime))}, {utc.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC";
    }

    public string Period(DateOnly from, DateOnly to) => $"{Date(from)} – {Date(to)}";

    public string KindOf(CampaignKind kind) => this[kind switch
    {
        CampaignKind.MidProject => new("Évaluation à mi-parcours", "Tussentijdse evaluatie", "Mid-project evaluation"),
        CampaignKind.EndOfProject => new("Évaluation de fin de projet", "Eindevaluatie", "End-of-project evaluation"),
        _ => new("Évaluation", "Evaluatie", "Evaluation"),
    }];

    /// <summary>The words of each choice of a kind of question, lowest first; none for open questions.</summary>
    public IReadOnlyList<string> Choices(QuestionKind kind) => kind switch
    {
        QuestionKind.SelfAssessment => [.. Enum.GetValues<CanDo>().Select(c => Questionnaire.Words(c).In(Language))],
        QuestionKind.Satisfaction =>
        [
            this[new("1 pas du tout", "1 helemaal niet", "1 not at all")], "2", "3", "4",
            this[new("5 tout à fait", "5 helemaal", "5 very much")],
        ],
        _ => [],
    };

    public string DeviceKind(DeviceKind kind) => this[kind switch
    {
        Domain.Loans.DeviceKind.Laptop => new("Ordinateur portable", "Laptop", "Laptop"),
        Domain.Loans.DeviceKind.Tablet => new("Tablette", "Tablet", "Tablet"),
        Domain.Loans.DeviceKind.Phone => new("Smartphone", "Smartphone", "Phone"),
        Domain.Loans.DeviceKind.MobileHotspot => new("Point d'accès mobile", "Mobiele hotspot", "Mobile hotspot"),
        _ => new("Autre appareil", "Ander toestel", "Other device"),
    }];

    public string BandName(Band band) => DigComp.LabelOf(band).In(Language);

    private static readonly Label[] Months =
    [
        new("janvier", "januari", "January"), new("février", "februari", "February"), new("mars", "maart", "March"),
        new("avril", "april", "April"), new("mai", "mei", "May"), new("juin", "juni", "June"),
        new("juillet", "juli", "July"), new("août", "augustus", "August"), new("septembre", "september", "September"),
        new("octobre", "oktober", "October"), new("novembre", "november", "November"), new("décembre", "december", "December"),
    ];
}
