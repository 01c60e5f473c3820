namespace LivingLibrary.Api.ConsolePages;

/// <summary>The words of "J'ai un problème" and of following one's own cases (docs/adr/0026): easy to read.</summary>
public static partial class Words
{
    public static readonly Word MeProblemTitle = new("console.me-cases-problem-title");
    public static readonly Word MeProblemIntro = new("console.me-cases-problem-intro");
    public static readonly Word MeProblemService = new("console.me-cases-service");
    public static readonly Word MeProblemWhat = new("console.me-cases-what");
    public static readonly Word MeProblemWhen = new("console.me-cases-when");
    public static readonly Word MeProblemShare = new("console.me-cases-share");
    public static readonly Word MeProblemPhoto = new("console.me-cases-photo");
    public static readonly Word MeProblemServiceMissing = new("console.me-cases-service-missing");
    public static readonly Word MeProblemWhatMissing = new("console.me-cases-what-missing");
    public static readonly Word MeProblemWhenWrong = new("console.me-cases-when-wrong");
    public static readonly Word MeProblemSend = new("console.me-cases-send");
    public static readonly Word MeProblemSent = new("console.me-cases-sent");
    public static readonly Word MeFixTheAnswers = new("console.me-cases-fix");
    public static readonly Word MeCasesTitle = new("console.me-cases-title");
    public static readonly Word MeCasesNone = new("console.me-cases-none");
    public static readonly Word MeCaseOpen = new("console.me-cases-see");
    public static readonly Word MeCasePostedOn = new("console.me-cases-posted-on");
    public static readonly Word MeCaseDueOn = new("console.me-cases-due-on");
    public static readonly Word MeCaseShared = new("console.me-cases-shared");
    public static readonly Word MeCaseWhatWasDone = new("console.me-cases-what-was-done");
    public static readonly Word MeCaseGoTo = new("console.me-cases-go-to");
    public static readonly Word MeCaseWhy = new("console.me-cases-why");
    public static readonly Word MeCaseHours = new("console.me-cases-hours");
    public static readonly Word MeCaseContact = new("console.me-cases-contact");
    public static readonly Word MeCaseAccess = new("console.me-cases-access");
    public static readonly Word MeCasePhotos = new("console.me-cases-photos");
    public static readonly Word MeCaseAddPhoto = new("console.me-cases-add-photo");
    public static readonly Word MeCasePhotoAdded = new("console.me-cases-photo-added");
    public static readonly Word MeCasePhotoWrong = new("console.me-cases-photo-wrong");
    public static readonly Word MeCaseAnother = new("console.me-cases-another");

    // The staff's console: a case the participant posted, and shared with the group.
    public static readonly Word PostedBy = new("console.me-cases-posted-by");
    public static readonly Word PostedByParticipant = new("console.me-cases-posted-by-participant");
    public static readonly Word CasePhotos = new("console.me-cases-staff-photos");
    public static readonly Word SharedWithGroup = new("console.me-cases-shared-with-group");

    public static Word MeCaseStatus(CaseStatus status) => status switch
    {
        CaseStatus.Open => new("console.me-cases-status-open"),
        CaseStatus.Resolved => new("console.me-cases-status-resolved"),
        CaseStatus.Referred => new("console.me-cases-status-referred"),
        _ => new("console.me-cases-status-closed"),
    };

    public static Word MeCaseStep(Me.MyCaseStepKind kind) => kind switch
    {
        Me.MyCaseStepKind.Posted => new("console.me-cases-step-posted"),
        Me.MyCaseStepKind.Helped => new("console.me-cases-step-helped"),
        Me.MyCaseStepKind.Solved => new("console.me-cases-step-solved"),
        Me.MyCaseStepKind.SentToPartner => new("console.me-cases-step-sent"),
        _ => new("console.me-cases-step-closed"),
    };
}
