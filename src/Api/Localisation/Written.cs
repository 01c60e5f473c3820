using System.Globalization;

namespace LivingLibrary.Api.Localisation;

/// <summary>
/// Dates, times and numbers as a reader of French, Dutch or English writes them (4 décembre 2026, 34,4; 4 december 2026,
/// 34,4; 4 December 2026, 34.4), by the culture of the language as written in Belgium (en-GB for English), and times of
/// day in the organisation's time zone. The one place the console, the printable report and the export page format
/// them; what the API answers in JSON and CSV stays ISO 8601 and invariant.
/// </summary>
public sealed class Written(string? language, TimeZoneInfo zone)
{
    public string Language { get; } = new Label("fr", "nl", "en").In(language);

    public CultureInfo Culture => CultureOf(Language);

    public static CultureInfo CultureOf(string language) =>
        CultureInfo.GetCultureInfo(language switch { "nl" => "nl-BE", "en" => "en-GB", _ => "fr-BE" });

    public string Date(DateOnly day) => Date(day, Language);

    /// <summary>A day in a language (fr, nl, en): French writes the first of a month "1er".</summary>
    public static string Date(DateOnly day, string language) => language == "fr" && day.Day == 1
        ? $"1er {day.ToString("MMMM yyyy", CultureOf(language))}"
        : day.ToString("d MMMM yyyy", CultureOf(language));

    /// <summary>An instant as the organisation's clocks showed it: its day and time of day (4 décembre 2026, 10:30).</summary>
    public string Time(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return $"{Date(DateOnly.FromDateTime(local.DateTime))}, {local.ToString("HH:mm", Culture)}";
    }

    /// <summary>
    /// Grouped thousands and at most <paramref name="decimals"/> decimals (exactly that many when <paramref name="fixedDecimals"/>),
    /// a half rounded away from zero: 9 000,5 (fr), 9.000,5 (nl), 9,000.5 (en).
    /// </summary>
    public string Number(double value, int decimals = 0, bool fixedDecimals = false) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero)
            .ToString("#,0." + new string(fixedDecimals ? '0' : '#', decimals), Culture);

    /// <summary>A share as a whole percentage: 67 % (fr), 67% (nl, en).</summary>
    public string Percent(double share) => Language == "fr" ? $"{Number(share * 100)}\u202f%" : $"{Number(share * 100)}%";
}

/// <summary>
/// The organisation's time zone, where people read times of day: <c>Organisation:TimeZone</c> in the configuration (an
/// IANA id), Europe/Brussels when none is set. Events are stamped in UTC; only what people read is converted.
/// </summary>
public sealed record OrganisationTime(TimeZoneInfo Zone)
{
    public const string Setting = "Organisation:TimeZone";

    public static readonly OrganisationTime Brussels = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels"));

    public static OrganisationTime From(IConfiguration configuration) =>
        configuration[Setting] is { Length: > 0 } id ? new(TimeZoneInfo.FindSystemTimeZoneById(id)) : Brussels;

    public Written In(string? language) => new(language, Zone);
}
