namespace LivingLibrary.Api.ConsolePages;

/// <summary>A participant's own pairings (docs/adr/0026): say yes or no, see when and where, record a session given.</summary>
public static partial class Words
{
    public static readonly Word MePairingsTitle = new("console.me-pairings-title");
    public static readonly Word MePairingsNone = new("console.me-pairings-none");
    public static Word MePairingsHelpsYou(string name) => new("console.me-pairings-helps-you", new { name });
    public static Word MePairingsYouHelp(string name) => new("console.me-pairings-you-help", new { name });
    public static Word MePairingsTask(string task) => new("console.me-pairings-task", new { task });
    public static readonly Word MePairingsQuestion = new("console.me-pairings-question");
    public static readonly Word MePairingsYes = new("console.me-pairings-yes");
    public static readonly Word MePairingsNo = new("console.me-pairings-no");
    public static readonly Word MePairingsYouSaidYes = new("console.me-pairings-you-said-yes");
    public static Word MePairingsWaiting(string name) => new("console.me-pairings-waiting", new { name });
    public static Word MePairingsTogetherSince(string date) => new("console.me-pairings-together-since", new { date });
    public static Word MePairingsWhere(string place) => new("console.me-pairings-where", new { place });
    public static Word MePairingsBothFree(string slots) => new("console.me-pairings-both-free", new { slots });
    public static readonly Word MePairingsChooseTime = new("console.me-pairings-choose-time");
    public static Word MePairingsLastSession(string date) => new("console.me-pairings-last-session", new { date });
    public static readonly Word MePairingsRecordSession = new("console.me-pairings-record-session");
    public static readonly Word MePairingsSaidYes = new("console.me-pairings-said-yes");
    public static readonly Word MePairingsSaidNo = new("console.me-pairings-said-no");
    public static readonly Word MePairingsSessionSaved = new("console.me-pairings-session-saved");
    public static Word MeSessionTitle(string name) => new("console.me-session-title", new { name });
    public static readonly Word MeSessionDay = new("console.me-session-day");
    public static readonly Word MeSessionHowLong = new("console.me-session-how-long");
    public static Word MeSessionMinutes(int minutes) => minutes switch
    {
        30 => new("console.me-session-30"),
        60 => new("console.me-session-60"),
        90 => new("console.me-session-90"),
        120 => new("console.me-session-120"),
        _ => new("console.me-session-180"),
    };
    public static readonly Word MeSessionWorkedOn = new("console.me-session-worked-on");
    public static Word MeSessionFelt(string name) => new("console.me-session-felt", new { name });
    public static readonly Word MeSessionSave = new("console.me-session-save");

    // What the staff see of it
    public static readonly Word ByThemself = new("console.by-themself");
}
