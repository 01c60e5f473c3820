using LivingLibrary.Api.Reports;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// The organisation's funder report for a period, as GET /api/reports/funder builds it (a preview: nothing is issued),
/// in any of its formats: the printable page is the API's own (<see cref="PrintableReport"/>), the CSV zip and the JSON
/// the same bytes. Without a period, or with a wrong one, the form; beside it the reports issued, and the form that issues
/// one (POST /api/reports: its parameters and hash recorded, docs/adr/0009).
/// </summary>
public sealed class OrganisationReportModel : ApiReadingPage
{
    public IReadOnlyList<IssuedReport> Issued { get; private set; } = [];

    /// <summary>The project year the form starts from: the calendar year of today.</summary>
    public static (DateOnly From, DateOnly To) ProjectYear(DateOnly today) => (new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31));

    public async Task<IActionResult> OnGetAsync(string? from, string? to, string? format, string? reportLanguage)
    {
        if (Refused(Caller.MaySeeTheWholeOrganisation()) is { } forbidden) return forbidden;
        if (from is null && to is null) return (await ShownAsync())!;
        var period = new ReportPeriod(Day(from), Day(to), null);
        var recordedUpTo = await Query.RecordedUpToAsync();
        if (Refused(Refusals.FirstOf(period.Check(recordedUpTo), ReportFormats.Check(format))) is { } refused) return await ShownWith(refused, ShownAsync);
        var built = await Query.FunderReportAsync(period.For(Caller.OrganisationId, null, recordedUpTo));
        var language = reportLanguage is { } l && RequestLanguages.Supported.Contains(l) ? l : Language;
        await ReportFormats.Write(built, format ?? "printable", language, issued: null).ExecuteAsync(HttpContext);
        return new EmptyResult();
    }

    /// <summary>POST /api/reports for the organisation (no group): on success, the issued report and its check.</summary>
    public async Task<IActionResult> OnPostIssueAsync()
    {
        var command = new IssueFunderReport(null, TypedDate("from", IssuePrefix), TypedDate("to", IssuePrefix), null);
        var sent = FieldsAtFault() ?? await SendAsync("/api/reports", command,
            answer => $"{ConsoleSetup.Prefix}/organisation/reports/{answer.Read<CreatedId>().Id}?issued=true#message", IssuePrefix);
        return await ShownWith(sent, ShownAsync);
    }

    /// <summary>The issue form's fields are named apart from the preview's (one page, two forms with a period).</summary>
    public const string IssuePrefix = "issue.";

    private async Task<IActionResult?> ShownAsync()
    {
        Issued = [.. (await GetIssuedReportsEndpoint.Get(User, Query)).Where(r => r.GroupId is null)];
        return Page();
    }

    private static DateOnly? Day(string? text) => DateOnly.TryParseExact(text, "yyyy-MM-dd", out var day) ? day : null;
}
