namespace LivingLibrary.Domain;

public static partial class Says
{
    public static Message CampaignClosedNoAnswers => Of("campaign-closed-no-answers");
    public static Message CampaignClosedOn(DateOnly closedOn) => Of("campaign-closed-on", new { closedOn });
    public static Message CampaignOpensOn(DateOnly opensOn) => Of("campaign-opens-on", new { opensOn });
    public static Message CampaignClosed => Of("campaign-closed");
    public static Message ClosingDayPassed(DateOnly today) => Of("closing-day-passed", new { today });
    public static Message AnswersRequired => Of("answers-required");
    public static Message QuestionNotAsked(string? question) => Of("question-not-asked", new { question });
    public static Message AnsweredTwice(string question) => Of("answered-twice", new { question });
    public static Message OtherQuestionVersion(string question, int version, int asked) => Of("other-question-version", new { question, version, asked });
    public static Message ChoiceExpected(int min, int max) => Of("choice-expected", new { min, max });
    public static Message TextExpected => Of("text-expected");
    public static Message QuestionInOneLanguage => Of("question-in-one-language");
    public static Message QuestionKindRequired => Of("question-kind-required");
    public static Message CampaignKinds(IEnumerable<string> names) => Of("campaign-kinds", new { names });
    public static Message QuestionRetired => Of("question-retired");
    public static Message NotBeforeOpening => Of("not-before-opening");
    public static Message WithinGroupPeriod(DateOnly from, DateOnly to) => Of("within-group-period", new { from, to });
    public static Message TooManyTasks(int max) => Of("too-many-tasks", new { max });
    public static Message NamedAnswersNeedParticipant => Of("named-answers-need-participant");
    public static Message CampaignIsAnonymous => Of("campaign-is-anonymous");
    public static Message ParticipantAlreadyAnswered => Of("participant-already-answered");
    public static Message CodeRefused => Of("code-refused");
    public static Message CodeRequired => Of("code-required");
    public static Message CampaignIsNamed => Of("campaign-is-named");
    public static Message NamedCampaignNeedsNoCodes => Of("named-campaign-needs-no-codes");
    public static Message ConclusionRequired => Of("conclusion-required");
}
