namespace LivingLibrary.Api.ConsolePages;

/// <summary>
/// The console's words by their keys in the catalogue (Catalogue.{fr,nl,en}.resx, where a translator edits them: docs/adr/0020);
/// a page writes <c>T(Words.X)</c> or <c>label="Words.X"</c>.
/// </summary>
public static partial class Words
{
    public static readonly Word Console = new("console.console");
    public static readonly Word SkipToContent = new("console.skip-to-content");
    public static readonly Word LanguageChoice = new("console.language-choice");
    public static readonly Word MyGroups = new("console.my-groups");
    public static readonly Word SignIn = new("console.sign-in");
    public static readonly Word SignOut = new("console.sign-out");
    public static readonly Word SignedInAs = new("console.signed-in-as");
    public static readonly Word UserId = new("console.user-id");
    public static readonly Word Organisation = new("console.organisation");
    public static readonly Word Role = new("console.role");
    public static readonly Word Coordinator = new("console.coordinator");
    public static readonly Word Facilitator = new("console.facilitator");
    public static readonly Word DevelopmentSignIn = new("console.development-sign-in");
    public static readonly Word NoSignInHere = new("console.no-sign-in-here");
    public static readonly Word FixTheFields = new("console.fix-the-fields");
    public static readonly Word Saved = new("console.saved");
    public static readonly Word AlreadyRecorded = new("console.already-recorded");
    public static readonly Word SentBeforeOtherwise = new("console.sent-before-otherwise");

    // Groups
    public static readonly Word NoGroups = new("console.no-groups");
    public static readonly Word NewGroup = new("console.new-group");
    public static readonly Word Name = new("console.name");
    public static readonly Word Place = new("console.place");
    public static readonly Word StartsOn = new("console.starts-on");
    public static readonly Word EndsOn = new("console.ends-on");
    public static readonly Word Languages = new("console.languages");
    public static readonly Word Create = new("console.create");
    public static readonly Word Period = new("console.period");
    public static readonly Word Facilitators = new("console.facilitators");
    public static readonly Word AssignFacilitator = new("console.assign-facilitator");
    public static readonly Word Assign = new("console.assign");
    public static readonly Word Closed = new("console.closed");

    // Participants
    public static readonly Word Participants = new("console.participants");
    public static readonly Word NoParticipants = new("console.no-participants");
    public static readonly Word Enrol = new("console.enrol");
    public static readonly Word EnrolButton = new("console.enrol-button");
    public static readonly Word DisplayName = new("console.display-name");
    public static readonly Word Contact = new("console.contact");
    public static readonly Word ConsentNotice = new("console.consent-notice");
    public static readonly Word ConsentGivenOn = new("console.consent-given-on");
    public static readonly Word Offers = new("console.offers");
    public static readonly Word Needs = new("console.needs");
    public static readonly Word IntakeGrid = new("console.intake-grid");

    // The intake grid
    public static readonly Word IntakeHelp = new("console.intake-help");
    public static readonly Word ObservedOn = new("console.observed-on");
    public static readonly Word Tasks = new("console.tasks");
    public static readonly Word ShowTasks = new("console.show-tasks");
    public static readonly Word SaveLevels = new("console.save-levels");
    public static Word LevelsSaved(int count) => new("console.levels-saved", new { count });
    public static readonly Word ScrollableTable = new("console.scrollable-table");

    // Where a group's work is done, and the organisation's
    public static readonly Word Library = new("console.library");
    public static readonly Word Pairings = new("console.pairings");
    public static readonly Word Cases = new("console.cases");
    public static readonly Word Evaluations = new("console.evaluations");
    public static readonly Word Progress = new("console.progress");
    public static readonly Word Knowledge = new("console.knowledge");
    public static readonly Word Desks = new("console.desks");
    public static readonly Word TheOrganisation = new("console.the-organisation");
    public static readonly Word GroupWork = new("console.group-work");
}
