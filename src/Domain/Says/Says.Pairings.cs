namespace LivingLibrary.Domain;

public static partial class Says
{
    public static Message PairingAlreadyActive => Of("pairing-already-active");
    public static Message PairingDeclined => Of("pairing-declined");
    public static Message ProposalWithdrawn => Of("proposal-withdrawn");
    public static Message PairingEnded => Of("pairing-ended");
    public static Message PairingNotStarted => Of("pairing-not-started");
    public static Message HelperFull(int count) => Of("helper-full", new { count });
    public static Message HelperGone => Of("helper-gone");
    public static Message NeedTaken => Of("need-taken");
    public static Message HelperRequired => Of("helper-required");
    public static Message PartyRequired => Of("party-required");
    public static Message AnswerForYourself => Of("answer-for-yourself");
    public static Message HelperRecordsSessions => Of("helper-records-sessions");
    public static Message SessionMinutes(int max) => Of("session-minutes", new { max });
    public static Message GroupCount(int max) => Of("group-count", new { max });
    public static Message TooManyPins(int max) => Of("too-many-pins", new { max });
    public static Message TooManyPairs(int max) => Of("too-many-pairs", new { max });
    public static Message WeightsRequired => Of("weights-required");
    public static Message WeightsEachFromTo(int min, int max) => Of("weights-each-from-to", new { min, max });
    public static Message SubjectEach => Of("subject-each");
    public static Message TwoSubjectsEach => Of("two-subjects-each");
    public static Message SlotList => Of("slot-list");
    public static Message NotAPriority => Of("not-a-priority");
    public static Message OffersEach(int max) => Of("offers-each", new { max });
    public static Message NotBeforePeriod => Of("not-before-period");
    public static Message ReportCutOffInThePast => Of("report-cut-off-in-the-past");
}
