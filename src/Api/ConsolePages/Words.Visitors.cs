namespace LivingLibrary.Api.ConsolePages;

/// <summary>The words of returning visitors and of the drop-ins' figures (docs/adr/0034).</summary>
public static partial class Words
{
    public static readonly Word ReturningVisitor = new("console.returning-visitor");
    public static readonly Word ReturningVisitorHelp = new("console.returning-visitor-help");
    public static readonly Word VisitorCardCode = new("console.visitor-card-code");
    public static readonly Word FindVisitor = new("console.find-visitor");
    public static readonly Word FoundVisitors = new("console.found-visitors");
    public static readonly Word NoVisitorFound = new("console.no-visitor-found");
    public static readonly Word NewVisitor = new("console.new-visitor");
    public static readonly Word VisitorFindable = new("console.visitor-findable");
    public static readonly Word GiveVisitorCard = new("console.give-visitor-card");
    public static readonly Word VisitorCardGiven = new("console.visitor-card-given");

    public static readonly Word FigFrom = new("console.fig-from");
    public static readonly Word FigTo = new("console.fig-to");
    public static readonly Word DropInFiguresTitle = new("console.drop-in-figures-title");
    public static readonly Word DropInFiguresHelp = new("console.drop-in-figures-help");
    public static readonly Word FigSessions = new("console.fig-sessions");
    public static readonly Word FigRequests = new("console.fig-requests");
    public static readonly Word FigPeople = new("console.fig-people");
    public static readonly Word FigReturning = new("console.fig-returning");
    public static readonly Word FigRequestsPerSession = new("console.fig-requests-per-session");
    public static readonly Word FigPeoplePerSession = new("console.fig-people-per-session");
    public static readonly Word FigSession = new("console.fig-session");
    public static readonly Word FigByService = new("console.fig-by-service");
    public static readonly Word FigDesk = new("console.fig-desk");
    public static readonly Word FigByLanguage = new("console.fig-by-language");
    public static readonly Word FigByArea = new("console.fig-by-area");
    public static readonly Word FigByHostPlace = new("console.fig-by-host-place");
    public static readonly Word FigByStaff = new("console.fig-by-staff");
    public static readonly Word FigNotGiven = new("console.fig-not-given");
    public static readonly Word FigWithheld = new("console.fig-withheld");
    public static readonly Word NetworkDropInsTitle = new("console.network-drop-ins-title");
    public static readonly Word NetworkDropInsHelp = new("console.network-drop-ins-help");
}
