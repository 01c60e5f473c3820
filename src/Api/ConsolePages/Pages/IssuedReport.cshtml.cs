using LivingLibrary.Api.Reports;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// An issued funder report (GET /api/reports/{id}) and its check (GET /api/reports/{id}/check): regenerated now, is it
/// the report that was issued? Its content, regenerated, in any of its formats (GET /api/reports/{id}/content).
/// </summary>
public sealed class IssuedReportModel : ApiReadingPage
{
    public IssuedReport Report { get; private set; } = null!;
    public ReportCheck Check { get; private set; } = null!;
    public bool JustIssued { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid reportId, bool issued)
    {
        JustIssued = issued;
        var (report, refused) = await ReadAsync<IssuedReport>($"/api/reports/{reportId}");
        if (refused is not null) return refused;
        var (check, notChecked) = await ReadAsync<ReportCheck>($"/api/reports/{reportId}/check");
        if (notChecked is not null) return notChecked;
        (Report, Check) = (report!, check!);
        return Page();
    }

    /// <summary>The content as the API regenerates it; 409 (the page says why) when it cannot be regenerated as issued.</summary>
    public async Task<IActionResult> OnGetContentAsync(Guid reportId, string? format) =>
        await ShownWith(await PassOnAsync($"/api/reports/{reportId}/content?format={Uri.EscapeDataString(format ?? "printable")}&language={Language}"),
            () => OnGetAsync(reportId, false)!);

    public Word Verdict => Check.Reason switch
    {
        CheckReason.Matches => Words.ReportCheckMatches,
        CheckReason.IssuedUnderOtherRules => Words.ReportCheckOtherRules,
        _ => Words.ReportCheckDiffers,
    };
}
