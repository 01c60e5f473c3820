using LivingLibrary.Api.Reports;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// The organisation's funder report for a period, as GET /api/reports/funder builds it (a preview: nothing is issued),
/// in any of its formats: the printable page is the API's own (<see cref="PrintableReport"/>), the CSV zip and the JSON
/// the same bytes. Without a period, or with a wrong one, the form.
/// </summary>
public sealed class OrganisationReportModel : ConsolePage
{
    /// <summary>The project year the form starts from: the calendar year of today.</summary>
    public static (DateOnly From, DateOnly To) ProjectYear(DateOnly today) => (new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31));

    public async Task<IActionResult> OnGetAsync(string? from, string? to, string? format, string? reportLanguage)
    {
        if (Refused(Caller.MaySeeTheWholeOrganisation()) is { } forbidden) return forbidden;
        if (from is null && to is null) return Page();
        var period = new ReportPeriod(Day(from), Day(to), null);
        var recordedUpTo = await Query.RecordedUpToAsync();
        if (Refused(Refusals.FirstOf(period.Check(recordedUpTo), ReportFormats.Check(format))) is { } refused) return refused;
        var built = await Query.FunderReportAsync(period.For(Caller.OrganisationId, null, recordedUpTo));
        var language = reportLanguage is { } l && RequestLanguages.Supported.Contains(l) ? l : Language;
        await ReportFormats.Write(built, format ?? "printable", language, issued: null).ExecuteAsync(HttpContext);
        return new EmptyResult();
    }

    private static DateOnly? Day(string? text) => DateOnly.TryParseExact(text, "yyyy-MM-dd", out var day) ? day : null;
}
