namespace LivingLibrary.Api.ConsolePages;

/// <summary>The keys of the words of problem cases, drop-in desks, referral and knowledge (DOMAIN.md's vocabulary).</summary>
public static partial class Words
{
    // A group's cases
    public static readonly Word NoCases = new("console.no-cases");
    public static readonly Word PostCaseHeading = new("console.post-case-heading");
    public static readonly Word PostCaseButton = new("console.post-case-button");
    public static readonly Word CaseFor = new("console.case-for");
    public static readonly Word CaseGoal = new("console.case-goal");
    public static readonly Word ServiceLabel = new("console.service-label");
    public static readonly Word DifficultyLabel = new("console.difficulty-label");
    public static readonly Word TaskOptional = new("console.task-optional");
    public static readonly Word UrgencyLabel = new("console.urgency-label");
    public static readonly Word DueOn = new("console.due-on");
    public static readonly Word Due = new("console.due");
    public static readonly Word CaseSteps = new("console.case-steps");
    public static readonly Word PostedOn = new("console.posted-on");
    public static readonly Word CaseState = new("console.case-state");

    // A case
    public static readonly Word CaseWord = new("console.case-word");
    public static readonly Word CaseTimeline = new("console.case-timeline");
    public static readonly Word TimelineWhen = new("console.timeline-when");
    public static readonly Word TimelineWhat = new("console.timeline-what");
    public static readonly Word TimelineWho = new("console.timeline-who");
    public static readonly Word Accompaniments = new("console.accompaniments");
    public static readonly Word NoAccompaniments = new("console.no-accompaniments");
    public static readonly Word AccompanyHeading = new("console.accompany-heading");
    public static readonly Word AccompanyButton = new("console.accompany-button");
    public static readonly Word CaseOn = new("console.case-on");
    public static readonly Word CaseMinutes = new("console.case-minutes");
    public static readonly Word SettingLabel = new("console.setting-label");
    public static readonly Word DeviceLabel = new("console.device-label");
    public static readonly Word ProgressLabel = new("console.progress-label");
    public static readonly Word StepsOnePerLine = new("console.steps-one-per-line");
    public static readonly Word CaseNote = new("console.case-note");
    public static readonly Word ResolveHeading = new("console.resolve-heading");
    public static readonly Word ResolveButton = new("console.resolve-button");
    public static readonly Word AutonomyLabel = new("console.autonomy-label");
    public static readonly Word ReferHeading = new("console.refer-heading");
    public static readonly Word ReferButton = new("console.refer-button");
    public static readonly Word SuggestedPartners = new("console.suggested-partners");
    public static readonly Word OtherPartners = new("console.other-partners");
    public static readonly Word NoSuggestion = new("console.no-suggestion");
    public static readonly Word CaseReason = new("console.case-reason");
    public static readonly Word CaseReasonOptional = new("console.case-reason-optional");
    public static readonly Word ReferredTo = new("console.referred-to");
    public static readonly Word FollowUpHeading = new("console.follow-up-heading");
    public static readonly Word FollowUpButton = new("console.follow-up-button");
    public static readonly Word OutcomeLabel = new("console.outcome-label");
    public static readonly Word CloseHeading = new("console.close-heading");
    public static readonly Word CloseButton = new("console.close-button");
    public static readonly Word ReopenHeading = new("console.reopen-heading");
    public static readonly Word ReopenButton = new("console.reopen-button");
    public static readonly Word WriteEntryHeading = new("console.write-entry-heading");
    public static readonly Word WriteEntryHelp = new("console.write-entry-help");
    public static readonly Word WriteEntryButton = new("console.write-entry-button");
    public static readonly Word EntriesFromCase = new("console.entries-from-case");
    public static readonly Word EntryTitle = new("console.entry-title");
    public static readonly Word EntrySituation = new("console.entry-situation");
    public static readonly Word EntryLanguage = new("console.entry-language");
    public static readonly Word VisitorLabel = new("console.visitor-label");
    public static readonly Word AnonymousVisitor = new("console.anonymous-visitor");
    public static readonly Word ResolutionLabel = new("console.resolution-label");
    public static readonly Word ClosedBecause = new("console.closed-because");
    public static readonly Word LearningNeeds = new("console.learning-needs");

    // Drop-in desks
    public static readonly Word NoDesks = new("console.no-desks");
    public static readonly Word DeskHours = new("console.desk-hours");
    public static readonly Word DeskSessions = new("console.desk-sessions");
    public static readonly Word TodayWord = new("console.today-word");
    public static readonly Word SessionSheet = new("console.session-sheet");
    public static readonly Word SheetRequests = new("console.sheet-requests");
    public static readonly Word NoRequests = new("console.no-requests");
    public static readonly Word RecordRequestHeading = new("console.record-request-heading");
    public static readonly Word RecordRequestButton = new("console.record-request-button");
    public static readonly Word VisitorHelp = new("console.visitor-help");
    public static readonly Word Pseudonym = new("console.pseudonym");
    public static readonly Word PostcodeArea = new("console.postcode-area");
    public static readonly Word ConsentNoticeForContact = new("console.consent-notice-for-contact");
    public static readonly Word DayTotals = new("console.day-totals");
    public static Word ActivityLine(CaseActivity a) => new("console.activity-line", a);

    // Knowledge
    public static readonly Word SearchWords = new("console.search-words");
    public static readonly Word SearchButton = new("console.search-button");
    public static readonly Word AnyChoice = new("console.any-choice");
    public static readonly Word NoEntries = new("console.no-entries");
    public static readonly Word HelpedLabel = new("console.helped-label");
    public static Word HelpedTimes(int n) => new("console.helped-times", new { n });
    public static readonly Word EntryAuthor = new("console.entry-author");
    public static readonly Word EntryReviewer = new("console.entry-reviewer");
    public static readonly Word PublishedOn = new("console.published-on");
    public static readonly Word SourceCase = new("console.source-case");
    public static readonly Word ReviewButton = new("console.review-button");
    public static readonly Word ReviewHelp = new("console.review-help");
    public static readonly Word PublishButton = new("console.publish-button");
    public static readonly Word HelpedButton = new("console.helped-button");
    public static readonly Word ReviseHeading = new("console.revise-heading");
    public static readonly Word ReviseHelp = new("console.revise-help");
    public static readonly Word ReviseButton = new("console.revise-button");

    public static Word UrgencyName(Urgency u) => u switch
    {
        Urgency.Low => new("console.urgency-name.low"),
        Urgency.Normal => new("console.urgency-name.normal"),
        Urgency.High => new("console.urgency-name.high"),
        _ => new("console.urgency-name.other"),
    };

    public static Word StatusName(CaseStatus s) => s switch
    {
        CaseStatus.Open => new("console.status-name.open"),
        CaseStatus.Resolved => new("console.status-name.resolved"),
        CaseStatus.Referred => new("console.status-name.referred"),
        CaseStatus.Voided => Voided,
        _ => new("console.status-name.other"),
    };

    public static Word SettingName(Setting s) => s switch
    {
        Setting.OnSite => new("console.setting-name.on-site"),
        Setting.AtHome => new("console.setting-name.at-home"),
        Setting.AtPartner => new("console.setting-name.at-partner"),
        _ => new("console.setting-name.other"),
    };

    public static Word DeviceName(DeviceUsed d) => d switch
    {
        DeviceUsed.OwnPhone => new("console.device-name.own-phone"),
        DeviceUsed.OwnComputer => new("console.device-name.own-computer"),
        DeviceUsed.LentDevice => new("console.device-name.lent-device"),
        _ => new("console.device-name.other"),
    };

    public static Word ProgressName(ProcedureProgress p) => p switch
    {
        ProcedureProgress.Done => new("console.progress-name.done"),
        ProcedureProgress.PartlyDone => new("console.progress-name.partly-done"),
        _ => new("console.progress-name.other"),
    };

    public static Word AutonomyName(Autonomy a) => a switch
    {
        Autonomy.DoneForThem => new("console.autonomy-name.done-for-them"),
        Autonomy.DoneTogether => new("console.autonomy-name.done-together"),
        _ => new("console.autonomy-name.other"),
    };

    public static Word OutcomeName(ReferralOutcome o) => o switch
    {
        ReferralOutcome.Helped => new("console.outcome-name.helped"),
        ReferralOutcome.NotHelped => new("console.outcome-name.not-helped"),
        _ => new("console.outcome-name.other"),
    };

    public static Word EntryStatusName(KnowledgeStatus s) => s switch
    {
        KnowledgeStatus.Draft => new("console.entry-status-name.draft"),
        KnowledgeStatus.Reviewed => new("console.entry-status-name.reviewed"),
        _ => new("console.entry-status-name.other"),
    };

    public static Word WaitingForReview(KnowledgeStatus s) => s switch
    {
        KnowledgeStatus.Draft => new("console.waiting-for-review.draft"),
        KnowledgeStatus.Reviewed => new("console.waiting-for-review.reviewed"),
        _ => new("console.waiting-for-review.other"),
    };


    public static Word EventName(string type) => type switch
    {
        "case_posted" => new("console.event-name.case-posted"),
        "drop_in_request_recorded" => new("console.event-name.drop-in-request-recorded"),
        "case_accompanied" => new("console.event-name.case-accompanied"),
        "case_resolved" => new("console.event-name.case-resolved"),
        "case_referred" => new("console.event-name.case-referred"),
        "referral_followed_up" => new("console.event-name.referral-followed-up"),
        "case_closed" => new("console.event-name.case-closed"),
        "case_reopened" => new("console.event-name.case-reopened"),
        "case_revealed_need" => new("console.event-name.case-revealed-need"),
        "case_corrected" => new("console.event-name.case-corrected"),
        "case_voided" => new("console.event-name.case-voided"),
        "accompaniment_corrected" => new("console.event-name.accompaniment-corrected"),
        "accompaniment_voided" => new("console.event-name.accompaniment-voided"),
        _ => new("console.event-name.other", new { type }),
    };
}
