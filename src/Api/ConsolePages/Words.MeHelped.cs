namespace LivingLibrary.Api.ConsolePages;

/// <summary>"J'ai aidé quelqu'un" (docs/adr/0026): a participant says they helped someone around them, never whom.</summary>
public static partial class Words
{
    public static readonly Word MeHelpedIntro = new("console.me-helped-intro");
    public static readonly Word MeHelpedNoName = new("console.me-helped-no-name");
    public static readonly Word MeHelpedTask = new("console.me-helped-task");
    public static readonly Word MeHelpedChoose = new("console.me-helped-choose");
    public static readonly Word MeHelpedDay = new("console.me-helped-day");
    public static readonly Word MeHelpedHow = new("console.me-helped-how");
    public static readonly Word MeHelpedSave = new("console.me-helped-save");
    public static readonly Word MeHelpedSaved = new("console.me-helped-saved");
    public static readonly Word MeHelpedBefore = new("console.me-helped-before");

    // What the staff see of it
    public static readonly Word HelpedAround = new("console.helped-around");
    public static readonly Word NoHelpAround = new("console.no-help-around");
    public static readonly Word RecordHelpAround = new("console.record-help-around");
    public static readonly Word HelpedAroundHow = new("console.helped-around-how");
    public static readonly Word HelpedAroundOn = new("console.helped-around-on");
    public static readonly Word HelpedAroundTask = new("console.helped-around-task");
    public static readonly Word PeopleWhoHelpedAround = new("console.people-who-helped-around");
    public static readonly Word TimesHelpedAround = new("console.times-helped-around");
}
