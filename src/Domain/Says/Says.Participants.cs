namespace LivingLibrary.Domain;

public static partial class Says
{
    public static Message CoordinatorCreatesGroups => Of("coordinator-creates-groups");
    public static Message GroupClosed => Of("group-closed");
    public static Message EndsBeforeStart => Of("ends-before-start");

    public static Message ParticipantErased => Of("participant-erased");
    public static Message ParticipantLeft => Of("participant-left");
    public static Message ConsentWithdrawn(DateOnly on) => Of("consent-withdrawn", new { on });
    public static Message LearnerConsentWithdrawn(DateOnly on) => Of("learner-consent-withdrawn", new { on });
    public static Message HelperConsentWithdrawn(DateOnly on) => Of("helper-consent-withdrawn", new { on });
    public static Message NoSuchOffer(string skill) => Of("no-such-offer", new { skill });
    public static Message AlreadyWantsToLearn(string? skill) => Of("already-wants-to-learn", new { skill });
    public static Message NotAMoment(IEnumerable<string> days, IEnumerable<string> parts) => Of("not-a-moment", new { days, parts });
    public static Message NoticeVersion(int min, int max) => Of("notice-version", new { min, max });
    public static Message ConsentRequired => Of("consent-required");
    public static Message NotBeforeWithdrawal(DateOnly? withdrawn) => Of("not-before-withdrawal", new { withdrawn });
    public static Message NotBeforeConsent(DateOnly given) => Of("not-before-consent", new { given });
    public static Message NotAGroupOfYours => Of("not-a-group-of-yours");
    public static Message AlreadyTheGroup => Of("already-the-group");
    public static Message LevelsRequired => Of("levels-required");
    public static Message TooManyLevels(int max) => Of("too-many-levels", new { max });
    public static Message SkillTwice => Of("skill-twice");
    public static Message PeopleRequired => Of("people-required");
    public static Message PersonTwice => Of("person-twice");
}
