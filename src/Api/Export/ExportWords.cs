using LivingLibrary.Api.Journal;

namespace LivingLibrary.Api.Export;

/// <summary>
/// The words of a person's export page, for the person themselves (short, plain), by their keys in the catalogue.
/// Dates and numbers are <see cref="Reports.ReportWords"/>'.
/// </summary>
public static class ExportWords
{
    public static readonly Word Kicker = new("export.kicker");
    public static readonly Word Visitor = new("export.visitor");
    public static readonly Word Intro = new("export.intro");
    public static readonly Word MadeOn = new("export.made-on");
    public static readonly Word MadeBy = new("export.made-by");

    public static readonly Word Kept = new("export.kept");
    public static readonly Word Cases = new("export.cases");
    public static readonly Word Pairings = new("export.pairings");
    public static readonly Word Answers = new("export.answers");
    public static readonly Word Loans = new("export.loans");
    public static readonly Word Sessions = new("export.sessions");
    public static readonly Word RecordedBy = new("export.recorded-by");
    public static readonly Word ReadBy = new("export.read-by");

    public static readonly Word RecordedByIntro = new("export.recorded-by-intro");
    public static readonly Word ReadByIntro = new("export.read-by-intro");
    public static readonly Word ThisPageToo = new("export.this-page-too");
    public static readonly Word Closing = new("export.closing");

    public static readonly Word Nothing = new("export.nothing");
    public static readonly Word NobodyYet = new("export.nobody-yet");
    public static readonly Word None = new("export.none");
    public static readonly Word Unknown = new("export.unknown");
    public static readonly Word Yes = new("export.yes");
    public static readonly Word No = new("export.no");

    public static readonly Word When = new("export.when");
    public static readonly Word What = new("export.what");
    public static readonly Word Who = new("export.who");
    public static readonly Word Date = new("export.date");

    public static readonly Word Name = new("export.name");
    public static readonly Word Contact = new("export.contact");
    public static readonly Word Languages = new("export.languages");
    public static readonly Word Availability = new("export.availability");
    public static readonly Word Group = new("export.group");
    public static readonly Word Desk = new("export.desk");
    public static readonly Word Area = new("export.area");
    public static readonly Word Consent = new("export.consent");
    public static readonly Word Left = new("export.left");
    public static readonly Word Capacity = new("export.capacity");

    public static readonly Word Levels = new("export.levels");
    public static readonly Word Skill = new("export.skill");
    public static readonly Word Priority = new("export.priority");
    public static readonly Word Level = new("export.level");
    public static readonly Word Offers = new("export.offers");
    public static readonly Word Needs = new("export.needs");
    public static readonly Word HelpedAround = new("export.helped-around");
    public static readonly Word YouThemself = new("export.you-themself");
    public static readonly Word Confirmed = new("export.confirmed");
    public static readonly Word Before = new("export.before");

    public static readonly Word Goal = new("export.goal");
    public static readonly Word Difficulty = new("export.difficulty");
    public static readonly Word Status = new("export.status");
    public static readonly Word Minutes = new("export.minutes");
    public static readonly Word Length = new("export.length");
    public static readonly Word Steps = new("export.steps");
    public static readonly Word Referred = new("export.referred");
    public static readonly Word ClosedBecause = new("export.closed-because");

    public static readonly Word With = new("export.with");
    public static readonly Word You = new("export.you");
    public static readonly Word WorkedOn = new("export.worked-on");
    public static readonly Word Felt = new("export.felt");
    public static readonly Word YourFeedback = new("export.your-feedback");

    public static readonly Word Question = new("export.question");
    public static readonly Word Answer = new("export.answer");
    public static readonly Word OutOfFive = new("export.out-of-five");

    public static readonly Word Device = new("export.device");
    public static readonly Word From = new("export.from");
    public static readonly Word Until = new("export.until");
    public static readonly Word Returned = new("export.returned");
    public static readonly Word Deposit = new("export.deposit");
    public static readonly Word Activity = new("export.activity");
    public static readonly Word Presence = new("export.presence");
    public static Word PresenceOf(Domain.Activities.Presence p) => new($"console.presence.{Choices.Name(p)}");
    public static readonly Word HelpedOthers = new("export.helped-others");

    public static Word Consented(Consent consent, Reports.ReportWords w) => new("export.consented", new { consent.Notice, consent.Version, GivenOn = w.Date(consent.GivenOn) });

    public static Word ConsentWithdrawnOn(DateOnly day, Reports.ReportWords w) => new("export.consent-withdrawn-on", new { date = w.Date(day) });

    public static Word KeptFor(int months) => new("export.kept-for", new { months });

    public static readonly Word Referrals = new("export.referrals");
    public static readonly Word ReferredBy = new("export.referred-by");
    public static readonly Word PassedOn = new("export.passed-on");
    public static readonly Word OurAnswer = new("export.our-answer");

    public static Word Of(ReferralStatus status) => new($"export.referral-status.{Choices.Name(status)}");

    public static Word LevelOf(int level) => new("export.level-of", new { level });

    public static Word Of(PersonalRead read) => read switch
    {
        PersonalRead.Profile => new("export.personal-read.profile"),
        PersonalRead.Progress => new("export.personal-read.progress"),
        PersonalRead.Pairings => new("export.personal-read.pairings"),
        PersonalRead.Loans => new("export.personal-read.loans"),
        PersonalRead.Case => new("export.personal-read.case"),
        PersonalRead.CaseTimeline => new("export.personal-read.case-timeline"),
        PersonalRead.Referral => new("export.personal-read.referral"),
        _ => new("export.personal-read.other"),
    };

    public static Word Of(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => new("export.day-of-week.monday"),
        DayOfWeek.Tuesday => new("export.day-of-week.tuesday"),
        DayOfWeek.Wednesday => new("export.day-of-week.wednesday"),
        DayOfWeek.Thursday => new("export.day-of-week.thursday"),
        DayOfWeek.Friday => new("export.day-of-week.friday"),
        DayOfWeek.Saturday => new("export.day-of-week.saturday"),
        _ => new("export.day-of-week.other"),
    };

    public static Word Of(DayPart part) => part switch
    {
        DayPart.Morning => new("export.day-part.morning"),
        DayPart.Afternoon => new("export.day-part.afternoon"),
        _ => new("export.day-part.other"),
    };

    public static Word Of(NeedPriority priority) => priority switch
    {
        NeedPriority.Low => new("export.need-priority.low"),
        NeedPriority.High => new("export.need-priority.high"),
        _ => new("export.need-priority.other"),
    };

    public static Word Of(CaseStatus status) => status switch
    {
        CaseStatus.Open => new("export.case-status.open"),
        CaseStatus.Resolved => new("export.case-status.resolved"),
        CaseStatus.Referred => new("export.case-status.referred"),
        _ => new("export.case-status.other"),
    };

    public static Word Of(ProcedureProgress progress) => progress switch
    {
        ProcedureProgress.Done => new("export.procedure-progress.done"),
        ProcedureProgress.PartlyDone => new("export.procedure-progress.partly-done"),
        _ => new("export.procedure-progress.other"),
    };

    public static Word Of(Autonomy autonomy) => autonomy switch
    {
        Autonomy.DoneForThem => new("export.autonomy.done-for-them"),
        Autonomy.DoneTogether => new("export.autonomy.done-together"),
        _ => new("export.autonomy.other"),
    };

    public static Word Of(PairingStatus status) => status switch
    {
        PairingStatus.Proposed => new("export.pairing-status.proposed"),
        PairingStatus.Active => new("export.pairing-status.active"),
        PairingStatus.Declined => new("export.pairing-status.declined"),
        PairingStatus.Withdrawn => new("export.pairing-status.withdrawn"),
        _ => new("export.pairing-status.other"),
    };

    public static Word Of(Party party) => party switch
    {
        Party.Learner => new("export.party.learner"),
        _ => new("export.party.other"),
    };

    public static Word Of(LearnerFeeling feeling) => feeling switch
    {
        LearnerFeeling.Lost => new("export.learner-feeling.lost"),
        LearnerFeeling.Unsure => new("export.learner-feeling.unsure"),
        LearnerFeeling.Fine => new("export.learner-feeling.fine"),
        _ => new("export.learner-feeling.other"),
    };

    public static Word Of(PairingOutcome outcome) => outcome switch
    {
        PairingOutcome.WentWell => new("export.pairing-outcome.went-well"),
        PairingOutcome.Mixed => new("export.pairing-outcome.mixed"),
        _ => new("export.pairing-outcome.other"),
    };

    public static Word Of(DeviceCondition condition) => condition switch
    {
        DeviceCondition.Good => new("export.device-condition.good"),
        DeviceCondition.Fair => new("export.device-condition.fair"),
        DeviceCondition.Poor => new("export.device-condition.poor"),
        _ => new("export.device-condition.other"),
    };

    /// <summary>What an event recorded, in plain words; an event without words here reads as its type.</summary>
    public static Word? Of(object recorded) => recorded switch
    {
        ParticipantEnrolled => new("export.recorded.participant-enrolled"),
        ParticipantDetailsUpdated => new("export.recorded.participant-details-updated"),
        ConsentRecorded => new("export.recorded.consent-recorded"),
        ConsentWithdrawn => new("export.recorded.consent-withdrawn"),
        ParticipantMoved => new("export.recorded.participant-moved"),
        ParticipantLeft => new("export.recorded.participant-left"),
        SkillAssessed => new("export.recorded.skill-assessed"),
        HelpOffered => new("export.recorded.help-offered"),
        HelpOfferReviewed => new("export.recorded.help-offer-reviewed"),
        HelpOfferWithdrawn => new("export.recorded.help-offer-withdrawn"),
        LearningNeedDeclared => new("export.recorded.learning-need-declared"),
        LearningNeedWithdrawn => new("export.recorded.learning-need-withdrawn"),
        HelperEngaged => new("export.recorded.helper-engaged"),
        HelperReleased => new("export.recorded.helper-released"),
        HelpCapacitySet => new("export.recorded.help-capacity-set"),
        CardIssued => new("export.recorded.card-issued"),
        CardRevoked => new("export.recorded.card-revoked"),
        SignedInWithCard => new("export.recorded.signed-in-with-card"),
        SignedOutEverywhere => new("export.recorded.signed-out-everywhere"),
        CasePosted => new("export.recorded.case-posted"),
        DropInRequestRecorded => new("export.recorded.drop-in-request-recorded"),
        CaseAccompanied => new("export.recorded.case-accompanied"),
        CaseResolved => new("export.recorded.case-resolved"),
        CaseReferred => new("export.recorded.case-referred"),
        ReferralFollowedUp => new("export.recorded.referral-followed-up"),
        CaseClosed => new("export.recorded.case-closed"),
        CaseReopened => new("export.recorded.case-reopened"),
        CaseRevealedNeed => new("export.recorded.case-revealed-need"),
        HelpAroundGiven => new("export.recorded.help-around-given"),
        _ => null,
    };
}
