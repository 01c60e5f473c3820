namespace LivingLibrary.Domain;

public static partial class Says
{
    public static Message CaseResolvedReopenFirst => Of("case-resolved-reopen-first");
    public static Message CaseReferredReopenFirst => Of("case-referred-reopen-first");
    public static Message CaseClosedReopenFirst => Of("case-closed-reopen-first");
    public static Message OnlyReferredFollowedUp => Of("only-referred-followed-up");
    public static Message CaseAlreadyResolved => Of("case-already-resolved");
    public static Message CaseAlreadyClosed => Of("case-already-closed");
    public static Message CaseAlreadyOpen => Of("case-already-open");
    public static Message CaseVoided => Of("case-voided");
    public static Message UnknownService(string? service, IEnumerable<string> names) => Of("unknown-service-of", new { service, names });
    public static Message ServiceRequired(IEnumerable<string> names) => Of("service-required", new { names });
    public static Message NotADifficulty(string? difficulty, IEnumerable<string> names) => Of("not-a-difficulty", new { difficulty, names });
    public static Message DifficultyRequired(IEnumerable<string> names) => Of("difficulty-required", new { names });
    public static Message TooManySkills(int max) => Of("too-many-skills", new { max });
    public static Message UnknownSkills(IEnumerable<string> codes) => Of("unknown-skills", new { codes });
    public static Message StepsRequired => Of("steps-required");
    public static Message TooManySteps(int max) => Of("too-many-steps", new { max });
    public static Message NotBeforePosted(DateOnly posted) => Of("not-before-posted", new { posted });
    public static Message NoticeForContact => Of("notice-for-contact");
    public static Message TooManyHelpers(int max) => Of("too-many-helpers", new { max });
    public static Message NotAPeer => Of("not-a-peer");
    public static Message FindingNeedsSession => Of("finding-needs-session");
    public static Message PairingOrSession => Of("pairing-or-session");
    public static Message PartnerInactive(string partner) => Of("partner-inactive", new { partner });
    public static Message VisitorNotEnrolled => Of("visitor-not-enrolled");
    public static Message ServiceExists(string? code) => Of("service-exists", new { code });
    public static Message TaskExists(string? code) => Of("task-exists", new { code });
    public static Message CompetencesRequired => Of("competences-required");
    public static Message NotCompetences => Of("not-competences");
    public static Message PhotoExpected(int maxBytes) => Of("photo-expected", new { megabytes = maxBytes / 1_000_000 });
    public static Message TooManyPhotos(int max) => Of("too-many-photos", new { max });
}
