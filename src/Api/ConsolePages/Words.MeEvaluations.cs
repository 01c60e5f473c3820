namespace LivingLibrary.Api.ConsolePages;

/// <summary>The words of a participant's evaluations, by name or with a code (docs/adr/0026): easy to read, in fr, nl and en.</summary>
public static partial class Words
{
    public static readonly Word MeEvaluationsTitle = new("console.me-evaluations-title");
    public static readonly Word MeEvaluationsNone = new("console.me-evaluations-none");
    public static readonly Word MeEvaluationsAnswer = new("console.me-evaluations-answer");
    public static Word MeEvaluationsUntil(string day) => new("console.me-evaluations-until", new { day });
    public static readonly Word MeEvaluationsThanks = new("console.me-evaluations-thanks");
    public static readonly Word MeEvaluationsAlready = new("console.me-evaluations-already");
    public static readonly Word MeEvaluationsClosed = new("console.me-evaluations-closed");
    public static readonly Word MeEvaluationsHowTo = new("console.me-evaluations-how-to");
    public static readonly Word MeEvaluationsSend = new("console.me-evaluations-send");
    public static readonly Word MeEvaluationsWriteIfYouWant = new("console.me-evaluations-write-if-you-want");
    public static readonly Word MeEvaluationsMayQuote = new("console.me-evaluations-may-quote");
    public static readonly Word MeEvaluationsYes = new("console.me-evaluations-yes");
    public static readonly Word MeEvaluationsNo = new("console.me-evaluations-no");
    /// <summary>The words of a satisfaction answer, 1 to 5: how much one agrees.</summary>
    public static Word MeEvaluationsAgree(int choice) => choice switch
    {
        1 => new("console.me-evaluations-agree-1"),
        2 => new("console.me-evaluations-agree-2"),
        3 => new("console.me-evaluations-agree-3"),
        4 => new("console.me-evaluations-agree-4"),
        _ => new("console.me-evaluations-agree-5"),
    };
    public static readonly Word MeEvaluationsNoSignIn = new("console.me-evaluations-no-sign-in");
    public static readonly Word MeEvaluationsTypeCode = new("console.me-evaluations-type-code");
    public static readonly Word MeEvaluationsOpen = new("console.me-evaluations-open");
    public static readonly Word MeEvaluationsCodeRefused = new("console.me-evaluations-code-refused");
    public static readonly Word MeEvaluationsNoSuchAddress = new("console.me-evaluations-no-such-address");
}
