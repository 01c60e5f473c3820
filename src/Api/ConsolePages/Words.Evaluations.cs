namespace LivingLibrary.Api.ConsolePages;

// The words of evaluations, progress, the organisation's overview, the funder report and the observatory.
public static partial class Words
{
    // Figures about people
    public static readonly Word FewerThanThree = new("console.fewer-than-three");
    public static readonly Word NoFigure = new("console.no-figure");
    public static readonly Word SuppressedNote = new("console.suppressed-note");

    public static readonly Word OwnFiguresNote = new("console.own-figures-note");

    // Campaigns
    public static readonly Word Campaigns = new("console.campaigns");
    public static readonly Word NoCampaigns = new("console.no-campaigns");
    public static readonly Word OpenACampaign = new("console.open-acampaign");
    public static readonly Word OpenCampaignButton = new("console.open-campaign-button");
    public static readonly Word CampaignKindLabel = new("console.campaign-kind-label");
    public static readonly Word KindMidProject = new("console.kind-mid-project");
    public static readonly Word KindEndOfProject = new("console.kind-end-of-project");
    public static readonly Word KindOther = new("console.kind-other");
    public static readonly Word AnswerModeLabel = new("console.answer-mode-label");
    public static readonly Word ModeNamed = new("console.mode-named");
    public static readonly Word ModeAnonymous = new("console.mode-anonymous");
    public static readonly Word ModeEither = new("console.mode-either");
    public static readonly Word CampaignOpensOn = new("console.campaign-opens-on");
    public static readonly Word CampaignClosesOn = new("console.campaign-closes-on");
    public static readonly Word TasksAsked = new("console.tasks-asked");
    public static readonly Word TasksAskedHelp = new("console.tasks-asked-help");
    public static readonly Word AnsweredCount = new("console.answered-count");
    public static readonly Word CampaignOpen = new("console.campaign-open");
    public static readonly Word CampaignDates = new("console.campaign-dates");
    public static readonly Word CampaignState = new("console.campaign-state");

    // A campaign
    public static readonly Word TheQuestionnaire = new("console.the-questionnaire");
    public static readonly Word SelfAssessmentLabel = new("console.self-assessment-label");
    public static readonly Word SatisfactionLabel = new("console.satisfaction-label");
    public static readonly Word OpenQuestionLabel = new("console.open-question-label");
    public static readonly Word NoAnswer = new("console.no-answer");
    public static readonly Word PaperAnswers = new("console.paper-answers");
    public static readonly Word Whose = new("console.whose");
    public static readonly Word ChoosePerson = new("console.choose-person");
    public static Word AnswersOf(string name) => new("console.answers-of", new { name });
    public static readonly Word InTheirLanguage = new("console.in-their-language");
    public static readonly Word MayQuote = new("console.may-quote");
    public static readonly Word SaveAnswers = new("console.save-answers");
    public static readonly Word AnswersSaved = new("console.answers-saved");
    public static readonly Word AlreadyAnswered = new("console.already-answered");
    public static readonly Word AnonymousSheet = new("console.anonymous-sheet");
    public static readonly Word SheetLanguage = new("console.sheet-language");
    public static readonly Word CodeOnSheet = new("console.code-on-sheet");
    public static readonly Word SaveSheet = new("console.save-sheet");
    public static readonly Word ChooseFromList = new("console.choose-from-list");
    public static readonly Word Codes = new("console.codes");
    public static Word CodesStatus(int handedOut, int used) => new("console.codes-status", new { handedOut, used });
    public static readonly Word HowManyCodes = new("console.how-many-codes");
    public static readonly Word HandOutCodes = new("console.hand-out-codes");
    public static readonly Word CodesShownOnce = new("console.codes-shown-once");
    public static Word CodesHandedOutBefore(int count) => new("console.codes-handed-out-before", new { count });
    public static readonly Word SlipsLanguage = new("console.slips-language");
    public static readonly Word SlipsToCut = new("console.slips-to-cut");
    public static readonly Word PrintSlips = new("console.print-slips");
    public static readonly Word PrintSlipsHelp = new("console.print-slips-help");
    public static readonly Word YourCode = new("console.your-code");
    public static readonly Word WriteYourCode = new("console.write-your-code");
    public static readonly Word CloseCampaign = new("console.close-campaign");
    public static readonly Word CloseHelp = new("console.close-help");
    public static readonly Word GroupConclusions = new("console.group-conclusions");
    public static readonly Word WhatWorked = new("console.what-worked");
    public static readonly Word WhatDidNot = new("console.what-did-not");
    public static readonly Word WhatNext = new("console.what-next");
    public static readonly Word SaveConclusions = new("console.save-conclusions");
    public static readonly Word ConclusionsReplace = new("console.conclusions-replace");
    public static readonly Word CampaignResultsTitle = new("console.campaign-results-title");
    public static readonly Word Respondents = new("console.respondents");
    public static readonly Word QuestionLabel = new("console.question-label");
    public static readonly Word MeanLabel = new("console.mean-label");
    public static readonly Word QuotesTitle = new("console.quotes-title");
    public static readonly Word NoQuotes = new("console.no-quotes");
    public static readonly Word NotTakingAnswers = new("console.not-taking-answers");

    // Progress
    public static readonly Word GroupProgress = new("console.group-progress");
    public static readonly Word PeopleFollowed = new("console.people-followed");
    public static readonly Word HelpHours = new("console.help-hours");
    public static readonly Word CasesSolvedWithPeers = new("console.cases-solved-with-peers");
    public static readonly Word SkillOrTask = new("console.skill-or-task");
    public static readonly Word Reassessed = new("console.reassessed");
    public static readonly Word MovedUp = new("console.moved-up");
    public static readonly Word ShareMovedUp = new("console.share-moved-up");
    public static readonly Word BandsAtIntake = new("console.bands-at-intake");
    public static readonly Word BandsNow = new("console.bands-now");
    public static readonly Word SaidAtEnd = new("console.said-at-end");
    public static readonly Word NobodyReassessed = new("console.nobody-reassessed");
    public static readonly Word ProgressHelp = new("console.progress-help");
    public static readonly Word EachPerson = new("console.each-person");
    public static readonly Word HelpGivenLabel = new("console.help-given-label");
    public static readonly Word PairingsAsHelper = new("console.pairings-as-helper");
    public static readonly Word MinutesLabel = new("console.minutes-label");
    public static readonly Word CasesHelped = new("console.cases-helped");
    public static Word BandName(Band band) => band switch
    {
        Domain.Competences.Band.Foundation => new("console.band-name.foundation"),
        Domain.Competences.Band.Intermediate => new("console.band-name.intermediate"),
        Domain.Competences.Band.Advanced => new("console.band-name.advanced"),
        _ => new("console.band-name.other"),
    };

    // The organisation
    public static readonly Word GroupsTitle = new("console.groups-title");
    public static readonly Word OrgParticipants = new("console.org-participants");
    public static readonly Word PairingsStarted = new("console.pairings-started");
    public static readonly Word PairingsActive = new("console.pairings-active");
    public static readonly Word PairingsEndedWell = new("console.pairings-ended-well");
    public static readonly Word FunderReportTitle = new("console.funder-report-title");
    public static readonly Word FunderReportHelp = new("console.funder-report-help");
    public static readonly Word ReportFrom = new("console.report-from");
    public static readonly Word ReportTo = new("console.report-to");
    public static readonly Word ReportFormat = new("console.report-format");
    public static readonly Word ReportPrintable = new("console.report-printable");
    public static readonly Word ReportCsvZip = new("console.report-csv-zip");
    public static readonly Word ReportJson = new("console.report-json");
    public static readonly Word ReportLanguage = new("console.report-language");
    public static readonly Word ShowReport = new("console.show-report");
    public static readonly Word ThisYear = new("console.this-year");
    public static readonly Word ObservatoryTitle = new("console.observatory-title");

    // The observatory
    public static readonly Word ObservatoryHelp = new("console.observatory-help");
    public static readonly Word ObsFromMonth = new("console.obs-from-month");
    public static readonly Word ObsToMonth = new("console.obs-to-month");
    public static readonly Word ObsByMonth = new("console.obs-by-month");
    public static readonly Word ObsShow = new("console.obs-show");
    public static readonly Word ObsService = new("console.obs-service");
    public static readonly Word ObsDifficulty = new("console.obs-difficulty");
    public static readonly Word ObsMonth = new("console.obs-month");
    public static readonly Word ObsCases = new("console.obs-cases");
    public static readonly Word ObsOpen = new("console.obs-open");
    public static readonly Word ObsResolved = new("console.obs-resolved");
    public static readonly Word ObsReferred = new("console.obs-referred");
    public static readonly Word ObsClosed = new("console.obs-closed");
    public static readonly Word ObsDoneForThem = new("console.obs-done-for-them");
    public static readonly Word ObsDoneTogether = new("console.obs-done-together");
    public static readonly Word ObsDoneAlone = new("console.obs-done-alone");
    public static readonly Word ObsHours = new("console.obs-hours");
    public static readonly Word ObsTotal = new("console.obs-total");
    public static readonly Word ObsByService = new("console.obs-by-service");
    public static readonly Word ObsByDifficulty = new("console.obs-by-difficulty");
    public static readonly Word ObsByMonthTotals = new("console.obs-by-month-totals");
    public static readonly Word ObsNoCases = new("console.obs-no-cases");
    public static readonly Word ObsTooFew = new("console.obs-too-few");
}
