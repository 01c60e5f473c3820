namespace LivingLibrary.Domain;

// Why a pair is suggested, why a need waits, why a pin fails, and why a partner fits a case. People are their ids
// (helper, learner, people): the catalogue names them; skill, language(s), service and difficulty are codes it names too.
public static partial class Says
{
    public static Message CanHelp(Guid helper, Guid learner, string skill, IEnumerable<Message> reasons) => Of("can-help", new { helper, learner, skill, reasons });
    public static Message Pinned => Of("pinned");
    public static Message BothSpeak(IEnumerable<string> languages) => Of("both-speak", new { languages });
    public static Message NoTimeInCommon => Of("no-time-in-common");
    public static Message BothFree(IEnumerable<Message> slots) => Of("both-free", new { slots });
    public static Message Slot(DayOfWeek day, DayPart part) => Of("slot-" + Kebab(part.ToString()), new { day });
    public static Message HighPriority => Of("high-priority");
    public static Message LowPriority => Of("low-priority");
    public static Message DeadlinePassed(int days, DateOnly deadline) => Of("deadline-passed", new { days, deadline });
    public static Message DeadlinePassedYesterday(DateOnly deadline) => Of("deadline-passed-yesterday", new { deadline });
    public static Message DueToday(DateOnly deadline) => Of("due-today", new { deadline });
    public static Message DueTomorrow(DateOnly deadline) => Of("due-tomorrow", new { deadline });
    public static Message DueIn(int days, DateOnly deadline) => Of("due-in", new { days, deadline });
    public static Message HelpedBefore(Guid helper, Guid learner) => Of("helped-before", new { helper, learner });
    public static Message HelpedBeforeWith(Guid helper, Guid learner, string skill) => Of("helped-before-with", new { helper, learner, skill });
    public static Message NoOtherPairing(Guid helper) => Of("no-other-pairing", new { helper });
    public static Message OnePairingOf(Guid helper, int capacity) => Of("one-pairing-of", new { helper, capacity });
    public static Message PairingsOf(Guid helper, int count, int capacity) => Of("pairings-of", new { helper, count, capacity });
    public static Message Levels(Guid helper, int helperLevel, string skill, Guid learner, int learnerLevel) =>
        Of("levels", new { helper, helperLevel, skill, learner, learnerLevel });
    public static Message LevelsLearnerNew(Guid helper, int helperLevel, string skill, Guid learner) =>
        Of("levels-learner-new", new { helper, helperLevel, skill, learner });

    public static Message WaitsForHelp(Guid learner, string skill, Message reason) => Of("waits-for-help", new { learner, skill, reason });
    public static Message NobodyOffers => Of("nobody-offers");
    public static Message LevelAboveHighest(int level, int max) => Of("level-above-highest", new { level, max });
    public static Message NobodyAtLevel(int level, int highest) => Of("nobody-at-level", new { level, highest });
    public static Message NoLanguageRecorded(Guid learner) => Of("no-language-recorded", new { learner });
    public static Message NobodySpeaks(IEnumerable<string> languages, string skill) => Of("nobody-speaks", new { languages, skill });
    public static Message OnlyExcluded(IEnumerable<Message> exclusions) => Of("only-excluded", new { exclusions });
    public static Message ExcludedByFacilitator(IEnumerable<Guid> people) => Of("excluded-by-facilitator", new { people });
    public static Message ExcludedEndedBadly(IEnumerable<Guid> people) => Of("excluded-ended-badly", new { people });
    public static Message EveryHelperFull(string skill, IEnumerable<Guid> people) => Of("every-helper-full", new { skill, people });
    public static Message GivenToOtherNeeds(IEnumerable<Guid> people) => Of("given-to-other-needs", new { people });
    public static Message HelpersTooLoaded(IEnumerable<Guid> people) => Of("helpers-too-loaded", new { people });
    public static Message NoReasonRecorded => Of("no-reason-recorded");

    public static Message NotPinned(Guid helper, Guid learner, string skill, Message reason) => Of("not-pinned", new { helper, learner, skill, reason });
    public static Message NotPinnedToUnknownNeed(Guid helper, Message reason) => Of("not-pinned-to-unknown-need", new { helper, reason });
    public static Message PinUnknownNeed => Of("pin-unknown-need");
    public static Message PinUnknownHelper(Guid helper) => Of("pin-unknown-helper", new { helper });
    public static Message PinSamePerson => Of("pin-same-person");
    public static Message PinSubjectNotOffered(Guid helper, string skill) => Of("pin-subject-not-offered", new { helper, skill });
    public static Message PinLevelTooLow(Guid helper, int level, string skill, int needed) => Of("pin-level-too-low", new { helper, level, skill, needed });
    public static Message PinNoSharedLanguage(Guid helper, Guid learner) => Of("pin-no-shared-language", new { helper, learner });
    public static Message PinForbidden(Guid helper, Guid learner) => Of("pin-forbidden", new { helper, learner });
    public static Message PinEndedBadly(Guid helper, Guid learner) => Of("pin-ended-badly", new { helper, learner });
    public static Message PinHelperFull(Guid helper) => Of("pin-helper-full", new { helper });
    public static Message PinNeedAlreadyPinned => Of("pin-need-already-pinned");
    public static Message PinAlreadyPaired(Guid helper, Guid learner, string skill) => Of("pin-already-paired", new { helper, learner, skill });
    public static Message PairDoesNotFit => Of("pair-does-not-fit");

    public static Message HandlesService(string service) => Of("handles-service", new { service });
    public static Message HelpsWithDifficulty(string difficulty) => Of("helps-with-difficulty", new { difficulty });
    public static Message Speaks(IEnumerable<string> languages) => Of("speaks", new { languages });
    public static Message ServesArea(string area) => Of("serves-area", new { area });

    /// <summary>A person the reader's lookup cannot name: the start of their id.</summary>
    public static Message Someone(string id) => Of("someone", new { id });
}
