namespace LivingLibrary.Api.ConsolePages;

/// <summary>The words of a coordinator's pages: issued reports, a person's export and erasure, the CSV import, the organisation's settings.</summary>
public static partial class Words
{
    public static readonly Word IssuedReportsTitle = new("console.issued-reports-title");
    public static readonly Word IssuedReportsHelp = new("console.issued-reports-help");
    public static readonly Word NoIssuedReports = new("console.no-issued-reports");
    public static readonly Word IssuedOn = new("console.issued-on");
    public static readonly Word IssuedBy = new("console.issued-by");
    public static readonly Word IssueReportHeading = new("console.issue-report-heading");
    public static readonly Word IssueReportHelp = new("console.issue-report-help");
    public static readonly Word IssueReportButton = new("console.issue-report-button");
    public static readonly Word IssuedReportTitle = new("console.issued-report-title");
    public static readonly Word ReportIssued = new("console.report-issued");
    public static readonly Word ReportCutOff = new("console.report-cut-off");
    public static readonly Word ReportHash = new("console.report-hash");
    public static readonly Word ReportHashNow = new("console.report-hash-now");
    public static readonly Word ReportCheckTitle = new("console.report-check-title");
    public static readonly Word ReportCheckMatches = new("console.report-check-matches");
    public static readonly Word ReportCheckOtherRules = new("console.report-check-other-rules");
    public static readonly Word ReportCheckDiffers = new("console.report-check-differs");
    public static readonly Word PersonalDataTitle = new("console.personal-data-title");
    public static readonly Word PersonErasedNotice = new("console.person-erased-notice");
    public static readonly Word ExportTitle = new("console.export-title");
    public static readonly Word ExportHelp = new("console.export-help");
    public static readonly Word ExportPage = new("console.export-page");
    public static readonly Word ExportJson = new("console.export-json");
    public static readonly Word EraseTitle = new("console.erase-title");
    public static readonly Word AlreadyErased = new("console.already-erased");
    public static readonly Word EraseWhatHappens = new("console.erase-what-happens");
    public static readonly Word EraseForgets = new("console.erase-forgets");
    public static readonly Word EraseKeeps = new("console.erase-keeps");
    public static readonly Word EraseCannotUndo = new("console.erase-cannot-undo");
    public static readonly Word EraseReason = new("console.erase-reason");
    public static readonly Word EraseButton = new("console.erase-button");
    public static readonly Word ErasureReasonRequest = new("console.erasure-reason-request");
    public static readonly Word ErasureReasonRetention = new("console.erasure-reason-retention");
    public static readonly Word ErasureReasonOther = new("console.erasure-reason-other");
    public static readonly Word ImportTitle = new("console.import-title");
    public static Word ImportDone(int count) => new("console.import-done", new { count });
    public static readonly Word ImportDryRunTitle = new("console.import-dry-run-title");
    public static Word ImportDryRunSummary(int good, int bad) => new("console.import-dry-run-summary", new { good, bad });
    public static readonly Word ImportLine = new("console.import-line");
    public static readonly Word ImportWhatHappens = new("console.import-what-happens");
    public static readonly Word ImportErrors = new("console.import-errors");
    public static readonly Word ImportLineRefused = new("console.import-line-refused");
    public static Word ImportEnrols(string name, int levels) => new("console.import-enrols", new { name, levels });
    public static Word ImportConfirmHelp(int count) => new("console.import-confirm-help", new { count });
    public static readonly Word ImportConfirm = new("console.import-confirm");
    public static readonly Word ImportFixFile = new("console.import-fix-file");
    public static readonly Word ImportCheckTitle = new("console.import-check-title");
    public static readonly Word ImportColumns = new("console.import-columns");
    public static readonly Word ImportFile = new("console.import-file");
    public static readonly Word ImportPaste = new("console.import-paste");
    public static readonly Word ImportCheck = new("console.import-check");

    public static Word ErasureReasonOf(Domain.Privacy.ErasureReason reason) => reason switch
    {
        Domain.Privacy.ErasureReason.Request => ErasureReasonRequest,
        Domain.Privacy.ErasureReason.Retention => ErasureReasonRetention,
        _ => ErasureReasonOther,
    };
}
