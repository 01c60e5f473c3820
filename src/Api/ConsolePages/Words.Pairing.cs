namespace LivingLibrary.Api.ConsolePages;

/// <summary>The keys of the words of a participant's page, the living library and the pairings (DOMAIN.md's vocabulary).</summary>
public static partial class Words
{
    public static readonly Word ChooseOne = new("console.choose-one");
    public static readonly Word WithdrawButton = new("console.withdraw-button");
    public static readonly Word EverydayTasksGroup = new("console.everyday-tasks-group");
    public static readonly Word DigCompCompetences = new("console.dig-comp-competences");
    public static readonly Word Level1To8 = new("console.level1-to8");
    public static readonly Word WhyPaired = new("console.why-paired");
    public static readonly Word LearnerRole = new("console.learner-role");
    public static readonly Word HelperRole = new("console.helper-role");
    public static readonly Word ReasonOptional = new("console.reason-optional");

    // A participant's page
    public static readonly Word InGroup = new("console.in-group");
    public static readonly Word ContactDetails = new("console.contact-details");
    public static readonly Word ConsentGiven = new("console.consent-given");
    public static readonly Word ConsentWithdrawnOn = new("console.consent-withdrawn-on");
    public static readonly Word HasLeft = new("console.has-left");
    public static readonly Word LevelsHeading = new("console.levels-heading");
    public static readonly Word NoLevels = new("console.no-levels");
    public static readonly Word LatestLevel = new("console.latest-level");
    public static readonly Word LevelSource = new("console.level-source");
    public static readonly Word IntakeLevel = new("console.intake-level");
    public static readonly Word ClaimedLevel = new("console.claimed-level");
    public static readonly Word ConfirmedLevel = new("console.confirmed-level");
    public static readonly Word LevelSeen = new("console.level-seen");
    public static readonly Word ConfirmLevel = new("console.confirm-level");
    public static readonly Word NoOffers = new("console.no-offers");
    public static readonly Word NoNeeds = new("console.no-needs");
    public static readonly Word OfferHelpTitle = new("console.offer-help-title");
    public static readonly Word DeclareNeedTitle = new("console.declare-need-title");
    public static readonly Word NeedPriorityLabel = new("console.need-priority-label");
    public static readonly Word NeedDeadline = new("console.need-deadline");

    public static Word SourceOf(AssessmentSource source) => source switch
    {
        AssessmentSource.SelfAssessed => new("console.source-of.self-assessed"),
        AssessmentSource.ObservedByFacilitator => new("console.source-of.observed-by-facilitator"),
        _ => new("console.source-of.other"),
    };

    public static Word PriorityOf(NeedPriority priority) => priority switch
    {
        NeedPriority.Low => new("console.priority-of.low"),
        NeedPriority.High => new("console.priority-of.high"),
        _ => new("console.priority-of.other"),
    };

    // The living library
    public static readonly Word NobodyYet = new("console.nobody-yet");
    public static readonly Word LevelWord = new("console.level-word");
    public static readonly Word OfferConfirmed = new("console.offer-confirmed");
    public static Word HelpingNow(int count) => new("console.helping-now", new { count });
    public static readonly Word SkillMap = new("console.skill-map");
    public static readonly Word SkillMapHelp = new("console.skill-map-help");
    public static readonly Word SkillColumn = new("console.skill-column");
    public static readonly Word CanHelpCount = new("console.can-help-count");
    public static readonly Word WantToLearnCount = new("console.want-to-learn-count");
    public static readonly Word NotAssessedYet = new("console.not-assessed-yet");
    public static readonly Word NothingToMap = new("console.nothing-to-map");

    // Pairings
    public static readonly Word SuggestTitle = new("console.suggest-title");
    public static readonly Word SuggestHelp = new("console.suggest-help");
    public static readonly Word LevelGap = new("console.level-gap");
    public static readonly Word SuggestedPairs = new("console.suggested-pairs");
    public static readonly Word NoPairFound = new("console.no-pair-found");
    public static readonly Word ProposePair = new("console.propose-pair");
    public static readonly Word AlreadyProposed = new("console.already-proposed");
    public static readonly Word PairProposed = new("console.pair-proposed");
    public static readonly Word Unmatched = new("console.unmatched");
    public static readonly Word NoUnmatched = new("console.no-unmatched");
    public static readonly Word NotLookedAtYet = new("console.not-looked-at-yet");
    public static readonly Word GroupPairings = new("console.group-pairings");
    public static readonly Word UnderWay = new("console.under-way");
    public static readonly Word NoPairings = new("console.no-pairings");
    public static readonly Word PairingState = new("console.pairing-state");
    public static readonly Word HelpSessions = new("console.help-sessions");
    public static readonly Word PairingProposedOn = new("console.pairing-proposed-on");
    public static readonly Word PairingStartedOn = new("console.pairing-started-on");
    public static readonly Word PairingEndedOn = new("console.pairing-ended-on");
    public static readonly Word ShowPairings = new("console.show-pairings");

    public static Word StatusOf(PairingStatus status) => status switch
    {
        PairingStatus.Proposed => new("console.status-of.proposed"),
        PairingStatus.Active => new("console.status-of.active"),
        PairingStatus.Declined => new("console.status-of.declined"),
        PairingStatus.Withdrawn => new("console.status-of.withdrawn"),
        _ => new("console.status-of.other"),
    };

    // One pairing
    public static Word PairingTitle(string helper, string learner, string skill) =>
        new("console.pairing-title", new { helper, learner, skillName = skill });
    public static readonly Word SaidYes = new("console.said-yes");
    public static readonly Word NobodyYetAnswered = new("console.nobody-yet-answered");
    public static readonly Word Answers = new("console.answers");
    public static readonly Word AnswersHelp = new("console.answers-help");
    public static readonly Word LearnerAccepts = new("console.learner-accepts");
    public static readonly Word HelperAccepts = new("console.helper-accepts");
    public static readonly Word SomeoneDeclines = new("console.someone-declines");
    public static readonly Word WhoAnswered = new("console.who-answered");
    public static readonly Word RecordRefusal = new("console.record-refusal");
    public static readonly Word WithdrawProposal = new("console.withdraw-proposal");
    public static readonly Word DeclinedBy = new("console.declined-by");
    public static readonly Word LogSessionTitle = new("console.log-session-title");
    public static readonly Word LogTheSession = new("console.log-the-session");
    public static readonly Word SessionHeldOn = new("console.session-held-on");
    public static readonly Word SessionMinutes = new("console.session-minutes");
    public static readonly Word WorkedOn = new("console.worked-on");
    public static readonly Word LearnerFelt = new("console.learner-felt");
    public static readonly Word NoSessions = new("console.no-sessions");
    public static readonly Word EndThePairing = new("console.end-the-pairing");
    public static readonly Word HowItWent = new("console.how-it-went");
    public static readonly Word LearnerFeedback = new("console.learner-feedback");
    public static readonly Word HelperFeedback = new("console.helper-feedback");

    public static Word FeelingOf(LearnerFeeling feeling) => feeling switch
    {
        LearnerFeeling.Lost => new("console.feeling-of.lost"),
        LearnerFeeling.Unsure => new("console.feeling-of.unsure"),
        LearnerFeeling.Fine => new("console.feeling-of.fine"),
        _ => new("console.feeling-of.other"),
    };

    public static Word OutcomeOf(PairingOutcome outcome) => outcome switch
    {
        PairingOutcome.WentWell => new("console.outcome-of.went-well"),
        PairingOutcome.Mixed => new("console.outcome-of.mixed"),
        _ => new("console.outcome-of.other"),
    };

    public static Word PartyOf(Party party) => party == Party.Learner ? LearnerRole : HelperRole;
}
