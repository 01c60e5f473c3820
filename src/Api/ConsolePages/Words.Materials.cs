namespace LivingLibrary.Api.ConsolePages;

// The words of an evaluation's paper materials (questionnaire, code slips) and of pairing suggestions in plain words.
public static partial class Words
{
    // The paper questionnaire
    public static readonly Word PaperQuestionnaire = new("console.paper-questionnaire");
    public static readonly Word PaperQuestionnaireToPrint = new("console.paper-questionnaire-to-print");
    public static readonly Word PrintQuestionnaire = new("console.print-questionnaire");
    public static readonly Word PrintQuestionnaireHelp = new("console.print-questionnaire-help");
    public static readonly Word PaperYourCode = new("console.paper-your-code");
    public static readonly Word PaperYourName = new("console.paper-your-name");
    public static readonly Word PaperYourNameOrCode = new("console.paper-your-name-or-code");
    public static readonly Word PaperTickOneBox = new("console.paper-tick-one-box");
    public static readonly Word PaperSatisfactionScale = new("console.paper-satisfaction-scale");
    public static readonly Word PaperMayQuote = new("console.paper-may-quote");
    public static readonly Word PaperYes = new("console.paper-yes");
    public static readonly Word PaperNo = new("console.paper-no");
    public static readonly Word PaperThanks = new("console.paper-thanks");

    // A code slip's QR code
    public static readonly Word SlipAddress = new("console.slip-address");

    // A suggested pair in plain words
    public static readonly Word WhyThisPair = new("console.why-this-pair");
    public static readonly Word ToCheck = new("console.to-check");
    public static Word PlanPoints(int points) => new("console.plan-points", new { points });
    public static Word HelperLoadNow(string name, int active, int capacity) => new("console.helper-load-now", new { name, active, capacity });
}
