namespace LivingLibrary.Api.ConsolePages;

/// <summary>The words every page of a participant's own space shares (docs/adr/0026): easy to read, in fr, nl and en.</summary>
public static partial class Words
{
    public static readonly Word MeSpace = new("console.me-space");
    public static readonly Word MeHome = new("console.me-home");
    public static Word MeHello(string name) => new("console.me-hello", new { name });
    public static readonly Word MeWhatToDo = new("console.me-what-to-do");
    public static readonly Word MeSignIn = new("console.me-sign-in");
    public static readonly Word MeSignOut = new("console.me-sign-out");
    public static readonly Word MeParticipantId = new("console.me-participant-id");
    public static readonly Word MeOwnDevice = new("console.me-own-device");
    public static readonly Word MeActionProblem = new("console.me-action-problem");
    public static readonly Word MeActionCases = new("console.me-action-cases");
    public static readonly Word MeActionPairings = new("console.me-action-pairings");
    public static readonly Word MeActionHelped = new("console.me-action-helped");
    public static readonly Word MeActionEvaluations = new("console.me-action-evaluations");
    public static readonly Word MeActionProgress = new("console.me-action-progress");
    public static readonly Word MeActionData = new("console.me-action-data");
}
