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
    public static readonly Word SettingsTitle = new("console.settings-title");
    public static readonly Word SettingsServices = new("console.settings-services");
    public static readonly Word SettingsServicesHelp = new("console.settings-services-help");
    public static readonly Word SettingsCode = new("console.settings-code");
    public static readonly Word SettingsAddService = new("console.settings-add-service");
    public static readonly Word SettingsNameFr = new("console.settings-name-fr");
    public static readonly Word SettingsNameNl = new("console.settings-name-nl");
    public static readonly Word SettingsNameEn = new("console.settings-name-en");
    public static readonly Word SettingsTasks = new("console.settings-tasks");
    public static readonly Word SettingsTasksHelp = new("console.settings-tasks-help");
    public static readonly Word SettingsAddTask = new("console.settings-add-task");
    public static readonly Word SettingsCompetences = new("console.settings-competences");
    public static readonly Word SettingsQuestions = new("console.settings-questions");
    public static readonly Word SettingsQuestionsHelp = new("console.settings-questions-help");
    public static readonly Word SettingsQuestionText = new("console.settings-question-text");
    public static readonly Word SettingsQuestionKind = new("console.settings-question-kind");
    public static readonly Word QuestionKindSelfAssessment = new("console.question-kind.self-assessment");
    public static readonly Word QuestionKindSatisfaction = new("console.question-kind.satisfaction");
    public static readonly Word QuestionKindOpen = new("console.question-kind.open");
    public static readonly Word SettingsEveryCampaign = new("console.settings-every-campaign");
    public static readonly Word SettingsRetired = new("console.settings-retired");
    public static readonly Word SettingsAsked = new("console.settings-asked");
    public static readonly Word SettingsAddQuestion = new("console.settings-add-question");
    public static readonly Word SettingsQuestionLanguages = new("console.settings-question-languages");
    public static readonly Word SettingsTextFr = new("console.settings-text-fr");
    public static readonly Word SettingsTextNl = new("console.settings-text-nl");
    public static readonly Word SettingsTextEn = new("console.settings-text-en");
    public static readonly Word SettingsForKinds = new("console.settings-for-kinds");
    public static readonly Word SettingsCloseDesk = new("console.settings-close-desk");
    public static readonly Word SettingsOpenDesk = new("console.settings-open-desk");
    public static Word GroupsPage(int page, int pages) => new("console.groups-page", new { page, pages });
    public static readonly Word SettingsDeskStaff = new("console.settings-desk-staff");
    public static readonly Word SettingsAddStaff = new("console.settings-add-staff");
    public static readonly Word SettingsStaffDesk = new("console.settings-staff-desk");
    public static readonly Word SettingsDeskLanguages = new("console.settings-desk-languages");
    public static Word SettingsHoursRow(int row) => new("console.settings-hours-row", new { row });
    public static readonly Word SettingsDay = new("console.settings-day");
    public static readonly Word SettingsFrom = new("console.settings-from");
    public static readonly Word SettingsUntil = new("console.settings-until");
    public static readonly Word SettingsRetention = new("console.settings-retention");
    public static Word SettingsRetentionMonths(int months) => new("console.settings-retention-months", new { months });
    public static readonly Word SettingsRetentionNever = new("console.settings-retention-never");
    public static Word SettingsDueForErasure(int count) => new("console.settings-due-for-erasure", new { count });
    public static readonly Word SettingsApplyRetention = new("console.settings-apply-retention");
    public static readonly Word SettingsRetentionField = new("console.settings-retention-field");
    public static readonly Word SettingsSetRetention = new("console.settings-set-retention");
    public static readonly Word SettingsConfirmTitle = new("console.settings-confirm-title");
    public static Word SettingsCloseDeskWhat(string desk) => new("console.settings-close-desk-what", new { desk });
    public static Word SettingsRetireWhat(string question) => new("console.settings-retire-what", new { question });
    public static readonly Word SettingsRetire = new("console.settings-retire");
    public static Word SettingsApplyRetentionWhat(int count) => new("console.settings-apply-retention-what", new { count });
    public static readonly Word SettingsVersion = new("console.settings-version");
    public static readonly Word SettingsReword = new("console.settings-reword");

    public static Word ErasureReasonOf(Domain.Privacy.ErasureReason reason) => reason switch
    {
        Domain.Privacy.ErasureReason.Request => ErasureReasonRequest,
        Domain.Privacy.ErasureReason.Retention => ErasureReasonRetention,
        _ => ErasureReasonOther,
    };

    public static Word QuestionKindOf(Domain.Evaluations.QuestionKind kind) => kind switch
    {
        Domain.Evaluations.QuestionKind.SelfAssessment => QuestionKindSelfAssessment,
        Domain.Evaluations.QuestionKind.Satisfaction => QuestionKindSatisfaction,
        _ => QuestionKindOpen,
    };
}
