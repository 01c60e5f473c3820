namespace LivingLibrary.Api.ConsolePages;

/// <summary>The words of a participant's page, the living library and the pairings (DOMAIN.md's vocabulary).</summary>
public static partial class Words
{
    public static readonly Label ChooseOne = new("— choisir —", "— kiezen —", "— choose —");
    public static readonly Label WithdrawButton = new("Retirer", "Intrekken", "Withdraw");
    public static readonly Label EverydayTasksGroup = new("Tâches de tous les jours", "Alledaagse taken", "Everyday tasks");
    public static readonly Label DigCompCompetences = new("Compétences DigComp", "DigComp-competenties", "DigComp competences");
    public static readonly Label Level1To8 = new("Niveau (1 à 8)", "Niveau (1 tot 8)", "Level (1 to 8)");
    public static readonly Label WhyPaired = new("Pourquoi", "Waarom", "Why");
    public static readonly Label LearnerRole = new("Apprenant·e", "Lerende", "Learner");
    public static readonly Label HelperRole = new("Aidant·e", "Helper", "Helper");
    public static readonly Label ReasonOptional = new("Raison (facultatif)", "Reden (niet verplicht)", "Reason (optional)");
    public static readonly Label InEnglishForNow = new("Les explications sont en anglais pour l'instant.", "De uitleg is voorlopig in het Engels.",
        "The explanations are in English for now.");

    // A participant's page
    public static readonly Label InGroup = new("Groupe", "Groep", "Group");
    public static readonly Label ContactDetails = new("Contact", "Contact", "Contact");
    public static readonly Label ConsentGiven = new("Accord donné le", "Toestemming gegeven op", "Consent given on");
    public static readonly Label ConsentWithdrawnOn = new("Accord retiré le", "Toestemming ingetrokken op", "Consent withdrawn on");
    public static readonly Label HasLeft = new("A quitté le groupe.", "Heeft de groep verlaten.", "Has left the group.");
    public static readonly Label LevelsHeading = new("Niveaux", "Niveaus", "Levels");
    public static readonly Label NoLevels = new("Aucun niveau enregistré.", "Nog geen niveaus.", "No levels recorded yet.");
    public static readonly Label LatestLevel = new("Dernier niveau", "Laatste niveau", "Latest level");
    public static readonly Label LevelSource = new("Source", "Bron", "Source");
    public static readonly Label IntakeLevel = new("Niveau à l'accueil", "Niveau bij intake", "Level at intake");
    public static readonly Label ClaimedLevel = new("Niveau annoncé", "Opgegeven niveau", "Claimed level");
    public static readonly Label ConfirmedLevel = new("Niveau confirmé", "Bevestigd niveau", "Confirmed level");
    public static readonly Label LevelSeen = new("Niveau vu", "Gezien niveau", "Level seen");
    public static readonly Label ConfirmLevel = new("Confirmer", "Bevestigen", "Confirm");
    public static readonly Label NoOffers = new("Ne propose encore d'aide pour rien.", "Biedt nog nergens hulp bij aan.", "Offers no help yet.");
    public static readonly Label NoNeeds = new("Aucun besoin d'apprendre noté.", "Nog geen leerbehoeften.", "No learning need yet.");
    public static readonly Label OfferHelpTitle = new("Proposer son aide", "Hulp aanbieden", "Offer help");
    public static readonly Label DeclareNeedTitle = new("Noter un besoin d'apprendre", "Leerbehoefte noteren", "Declare a learning need");
    public static readonly Label NeedPriorityLabel = new("Priorité", "Prioriteit", "Priority");
    public static readonly Label NeedDeadline = new("Pour le (facultatif)", "Tegen (niet verplicht)", "Wanted by (optional)");

    public static Label SourceOf(AssessmentSource source) => source switch
    {
        AssessmentSource.SelfAssessed => new("Auto-évaluation", "Zelfevaluatie", "Self-assessed"),
        AssessmentSource.ObservedByFacilitator => new("Vu par l'animateur·rice", "Gezien door de begeleider", "Observed by a facilitator"),
        _ => new("Outil externe", "Extern hulpmiddel", "External tool"),
    };

    public static Label PriorityOf(NeedPriority priority) => priority switch
    {
        NeedPriority.Low => new("basse", "laag", "low"),
        NeedPriority.High => new("haute", "hoog", "high"),
        _ => new("normale", "normaal", "normal"),
    };

    // The living library
    public static readonly Label NobodyYet = new("Personne ne propose ni ne demande d'aide pour l'instant.",
        "Nog niemand biedt hulp aan of vraagt erom.", "Nobody offers or asks for help yet.");
    public static readonly Label LevelWord = new("niveau", "niveau", "level");
    public static readonly Label OfferConfirmed = new("confirmé", "bevestigd", "confirmed");
    public static Label HelpingNow(int count) => new($"aide déjà {count}", $"helpt al {count}", $"helping {count} now");
    public static readonly Label SkillMap = new("Carte des compétences", "Competentiekaart", "Skill map");
    public static readonly Label SkillMapHelp = new(
        "Pour chaque tâche et compétence : combien peuvent aider, combien veulent apprendre, et combien à chaque niveau vu. Plus la case est foncée, plus il y a de monde.",
        "Per taak en competentie: hoeveel mensen kunnen helpen, hoeveel willen leren, en hoeveel op elk gezien niveau. Hoe donkerder het vak, hoe meer mensen.",
        "For each task and competence: how many can help, how many want to learn, and how many at each level seen. The darker the cell, the more people.");
    public static readonly Label SkillColumn = new("Tâche ou compétence", "Taak of competentie", "Task or competence");
    public static readonly Label CanHelpCount = new("Peuvent aider", "Kunnen helpen", "Can help");
    public static readonly Label WantToLearnCount = new("Veulent apprendre", "Willen leren", "Want to learn");
    public static readonly Label NotAssessedYet = new("Pas vu", "Niet gezien", "Not assessed");
    public static readonly Label NothingToMap = new("Aucun niveau ni aucune offre pour l'instant.", "Nog geen niveaus of aanbod.", "No levels or offers yet.");

    // Pairings
    public static readonly Label SuggestTitle = new("Chercher des binômes", "Duo's zoeken", "Suggest pairings");
    public static readonly Label SuggestHelp = new(
        "Pour chaque besoin, le programme cherche la personne la mieux placée pour aider. Rien n'est proposé aux personnes avant que vous cliquiez sur « Proposer ».",
        "Voor elke behoefte zoekt het programma wie het best kan helpen. Niets wordt aan de mensen voorgesteld voor u op « Voorstellen » klikt.",
        "For each need, the program looks for the best person to help. Nothing is proposed to anyone until you click \"Propose\".");
    public static readonly Label LevelGap = new("Écart de niveau minimum (facultatif, 0 à 7)", "Minimaal niveauverschil (niet verplicht, 0 tot 7)",
        "Smallest level gap (optional, 0 to 7)");
    public static readonly Label SuggestedPairs = new("Binômes suggérés", "Voorgestelde duo's", "Suggested pairs");
    public static readonly Label NoPairFound = new("Aucun binôme trouvé.", "Geen duo gevonden.", "No pair found.");
    public static readonly Label ScorePoints = new("Points", "Punten", "Points");
    public static readonly Label ProposePair = new("Proposer ce binôme", "Dit duo voorstellen", "Propose this pair");
    public static readonly Label AlreadyProposed = new("déjà proposé", "al voorgesteld", "already proposed");
    public static readonly Label PairProposed = new("Binôme proposé. Notez maintenant la réponse des deux personnes.",
        "Duo voorgesteld. Noteer nu het antwoord van beide personen.", "Pair proposed. Now record both people's answers.");
    public static readonly Label Unmatched = new("Besoins sans binôme", "Behoeften zonder duo", "Needs without a pair");
    public static readonly Label NoUnmatched = new("Chaque besoin a un binôme.", "Elke behoefte heeft een duo.", "Every need has a pair.");
    public static readonly Label NotLookedAtYet = new("pas encore cherché", "nog niet gezocht", "not looked at yet");
    public static readonly Label GroupPairings = new("Les binômes du groupe", "De duo's van de groep", "The group's pairings");
    public static readonly Label UnderWay = new("En cours ou proposés", "Lopend of voorgesteld", "Under way");
    public static readonly Label NoPairings = new("Aucun binôme.", "Geen duo's.", "No pairings.");
    public static readonly Label PairingState = new("État", "Stand", "State");
    public static readonly Label HelpSessions = new("Séances", "Sessies", "Sessions");
    public static readonly Label PairingProposedOn = new("Proposé le", "Voorgesteld op", "Proposed on");
    public static readonly Label PairingStartedOn = new("Commencé le", "Begonnen op", "Started on");
    public static readonly Label PairingEndedOn = new("Terminé le", "Afgesloten op", "Ended on");
    public static readonly Label ShowPairings = new("Montrer", "Tonen", "Show");

    public static Label StatusOf(PairingStatus status) => status switch
    {
        PairingStatus.Proposed => new("proposé", "voorgesteld", "proposed"),
        PairingStatus.Active => new("en cours", "lopend", "active"),
        PairingStatus.Declined => new("refusé", "geweigerd", "declined"),
        PairingStatus.Withdrawn => new("retiré", "ingetrokken", "withdrawn"),
        _ => new("terminé", "afgesloten", "ended"),
    };

    // One pairing
    public static Label PairingTitle(string helper, string learner, string skill) =>
        new($"{helper} aide {learner} : {skill}", $"{helper} helpt {learner}: {skill}", $"{helper} helps {learner}: {skill}");
    public static readonly Label SaidYes = new("Ont dit oui", "Zeiden ja", "Said yes");
    public static readonly Label NobodyYetAnswered = new("personne encore", "nog niemand", "nobody yet");
    public static readonly Label Answers = new("Les réponses des deux personnes", "Het antwoord van beide personen", "The two people's answers");
    public static readonly Label AnswersHelp = new("Notez ce que chaque personne a répondu. Le binôme commence quand les deux ont dit oui.",
        "Noteer wat elke persoon antwoordde. Het duo begint wanneer beiden ja zeiden.",
        "Record what each person answered. The pairing starts once both said yes.");
    public static readonly Label LearnerAccepts = new("L'apprenant·e accepte", "De lerende aanvaardt", "The learner accepts");
    public static readonly Label HelperAccepts = new("L'aidant·e accepte", "De helper aanvaardt", "The helper accepts");
    public static readonly Label SomeoneDeclines = new("Une personne refuse", "Iemand weigert", "Someone says no");
    public static readonly Label WhoAnswered = new("Qui", "Wie", "Who");
    public static readonly Label RecordRefusal = new("Noter le refus", "Weigering noteren", "Record the refusal");
    public static readonly Label WithdrawProposal = new("Retirer la proposition", "Voorstel intrekken", "Withdraw the proposal");
    public static readonly Label DeclinedBy = new("Refusé par", "Geweigerd door", "Declined by");
    public static readonly Label LogSessionTitle = new("Noter une séance", "Sessie noteren", "Log a help session");
    public static readonly Label LogTheSession = new("Noter la séance", "Sessie bewaren", "Log the session");
    public static readonly Label SessionHeldOn = new("Date", "Datum", "Held on");
    public static readonly Label SessionMinutes = new("Durée (minutes)", "Duur (minuten)", "Length (minutes)");
    public static readonly Label WorkedOn = new("Ce qui a été travaillé", "Waaraan gewerkt werd", "What was worked on");
    public static readonly Label LearnerFelt = new("Comment l'apprenant·e se sentait", "Hoe de lerende zich voelde", "How the learner felt");
    public static readonly Label NoSessions = new("Aucune séance notée.", "Nog geen sessies.", "No sessions logged yet.");
    public static readonly Label EndThePairing = new("Terminer le binôme", "Duo afsluiten", "End the pairing");
    public static readonly Label HowItWent = new("Comment ça s'est passé", "Hoe het ging", "How it went");
    public static readonly Label LearnerFeedback = new("Avis de l'apprenant·e (facultatif)", "Feedback van de lerende (niet verplicht)", "The learner's feedback (optional)");
    public static readonly Label HelperFeedback = new("Avis de l'aidant·e (facultatif)", "Feedback van de helper (niet verplicht)", "The helper's feedback (optional)");

    public static Label FeelingOf(LearnerFeeling feeling) => feeling switch
    {
        LearnerFeeling.Lost => new("perdu·e", "verloren", "lost"),
        LearnerFeeling.Unsure => new("pas sûr·e", "onzeker", "unsure"),
        LearnerFeeling.Fine => new("ça va", "goed", "fine"),
        _ => new("à l'aise", "zelfzeker", "confident"),
    };

    public static Label OutcomeOf(PairingOutcome outcome) => outcome switch
    {
        PairingOutcome.WentWell => new("bien", "goed", "went well"),
        PairingOutcome.Mixed => new("mitigé", "gemengd", "mixed"),
        _ => new("mal (ne plus les associer)", "slecht (niet meer samen)", "went badly (never paired again)"),
    };

    public static Label PartyOf(Party party) => party == Party.Learner ? LearnerRole : HelperRole;
}
