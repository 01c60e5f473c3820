namespace LivingLibrary.Api.ConsolePages;

/// <summary>The words of the participants' cards (docs/adr/0026): signing in with one, printing one, signing out everywhere.</summary>
public static partial class Words
{
    public static readonly Word MeCardExplained = new("console.me-card-explained");
    public static readonly Word MeCardCode = new("console.me-card-code");
    public static readonly Word MeWhichDevice = new("console.me-card-which-device");
    public static readonly Word MeSharedDevice = new("console.me-card-shared-device");
    public static readonly Word MeSignedOutEverywhere = new("console.me-card-signed-out-everywhere");
    public static readonly Word MeSignOutEverywhere = new("console.me-card-sign-out-everywhere");
    public static readonly Word MeSignOutEverywhereExplained = new("console.me-card-sign-out-everywhere-explained");
    public static readonly Word MeSignOutEverywhereNewCard = new("console.me-card-sign-out-everywhere-new-card");

    public static readonly Word PersonCard = new("console.card-link");
    public static Word CardTitle(string name) => new("console.card-title", new { name });
    public static readonly Word CardExplained = new("console.card-explained");
    public static readonly Word CardNone = new("console.card-none");
    public static Word CardIssuedOn(string date, bool used) => new(used ? "console.card-issued-used" : "console.card-issued-on", new { date });
    public static readonly Word CardPrint = new("console.card-print");
    public static readonly Word CardReprint = new("console.card-reprint");
    public static readonly Word CardRevoke = new("console.card-revoke");
    public static readonly Word CardPrinted = new("console.card-printed");
    public static readonly Word CardShownOnce = new("console.card-shown-once");
    public static readonly Word CardPrintedBefore = new("console.card-printed-before");
    public static readonly Word CardPrintIt = new("console.card-print-it");
    public static Word CardForYou(string name) => new("console.card-for-you", new { name });
    public static readonly Word CardScan = new("console.card-scan");
    public static Word CardOrType(string address) => new("console.card-or-type", new { address });
    public static readonly Word CardKeepIt = new("console.card-keep-it");
}
