namespace LivingLibrary.Api.ConsolePages;

/// <summary>The console's words, in plain French, Dutch and English (DOMAIN.md's vocabulary).</summary>
public static partial class Words
{
    public static readonly Label Console = new("Bibliothèque vivante", "Levende bibliotheek", "Living library");
    public static readonly Label SkipToContent = new("Aller au contenu", "Naar de inhoud", "Skip to content");
    public static readonly Label LanguageChoice = new("Langue", "Taal", "Language");
    public static readonly Label MyGroups = new("Mes groupes", "Mijn groepen", "My groups");
    public static readonly Label SignIn = new("Se connecter", "Aanmelden", "Sign in");
    public static readonly Label SignOut = new("Se déconnecter", "Afmelden", "Sign out");
    public static readonly Label SignedInAs = new("Connecté·e :", "Aangemeld als", "Signed in as");
    public static readonly Label UserId = new("Identifiant", "Gebruikersnaam", "User id");
    public static readonly Label Organisation = new("Organisation", "Organisatie", "Organisation");
    public static readonly Label Role = new("Rôle", "Rol", "Role");
    public static readonly Label Coordinator = new("Coordinateur·rice", "Coördinator", "Coordinator");
    public static readonly Label Facilitator = new("Animateur·rice", "Begeleider", "Facilitator");
    public static readonly Label DevelopmentSignIn = new(
        "Connexion de développement : sur cette machine, choisissez qui vous êtes. En production, c'est votre compte de l'organisation.",
        "Ontwikkelaanmelding: kies op deze machine wie u bent. In productie is het uw account bij de organisatie.",
        "Development sign-in: on this machine, choose who you are. In production, it is your organisation's account.");
    public static readonly Label NoSignInHere = new(
        "La connexion passe par le compte de votre organisation.", "Aanmelden gaat via de account van uw organisatie.",
        "Signing in goes through your organisation's account.");
    public static readonly Label FixTheFields = new("Corrigez les champs signalés ci-dessous.", "Verbeter de aangeduide velden hieronder.",
        "Please correct the fields marked below.");
    public static readonly Label Saved = new("C'est enregistré.", "Het is bewaard.", "Saved.");
    public static readonly Label AlreadyRecorded = new("C'était déjà enregistré : rien n'a été enregistré deux fois.",
        "Dit was al bewaard: niets werd twee keer bewaard.", "This was already recorded: nothing was recorded twice.");
    public static readonly Label SentBeforeOtherwise = new("Ce formulaire a déjà été envoyé, avec d'autres valeurs. Rechargez la page pour en envoyer un nouveau.",
        "Dit formulier werd al verzonden, met andere waarden. Laad de pagina opnieuw om een nieuw te verzenden.",
        "This form was already sent, with other values. Reload the page to send a new one.");

    // Groups
    public static readonly Label NoGroups = new("Aucun groupe pour vous pour l'instant.", "Nog geen groepen voor u.", "No groups for you yet.");
    public static readonly Label NewGroup = new("Nouveau groupe", "Nieuwe groep", "New group");
    public static readonly Label Name = new("Nom", "Naam", "Name");
    public static readonly Label Place = new("Lieu", "Plaats", "Place");
    public static readonly Label StartsOn = new("Début", "Begin", "Starts on");
    public static readonly Label EndsOn = new("Fin", "Einde", "Ends on");
    public static readonly Label Languages = new("Langues", "Talen", "Languages");
    public static readonly Label Create = new("Créer", "Aanmaken", "Create");
    public static readonly Label Period = new("Période", "Periode", "Period");
    public static readonly Label Facilitators = new("Animateur·rices", "Begeleiders", "Facilitators");
    public static readonly Label AssignFacilitator = new("Ajouter un·e animateur·rice", "Begeleider toevoegen", "Assign a facilitator");
    public static readonly Label Assign = new("Ajouter", "Toevoegen", "Assign");
    public static readonly Label Closed = new("fermé", "afgesloten", "closed");

    // Participants
    public static readonly Label Participants = new("Participant·es", "Deelnemers", "Participants");
    public static readonly Label NoParticipants = new("Personne n'est encore inscrit.", "Nog niemand ingeschreven.", "Nobody enrolled yet.");
    public static readonly Label Enrol = new("Inscrire quelqu'un", "Iemand inschrijven", "Enrol someone");
    public static readonly Label EnrolButton = new("Inscrire", "Inschrijven", "Enrol");
    public static readonly Label DisplayName = new("Prénom ou pseudonyme", "Voornaam of schuilnaam", "First name or pseudonym");
    public static readonly Label Contact = new("Contact (facultatif)", "Contact (niet verplicht)", "Contact (optional)");
    public static readonly Label ConsentNotice = new("Texte d'accord signé", "Ondertekende toestemmingstekst", "Consent notice signed");
    public static readonly Label ConsentGivenOn = new("Signé le", "Ondertekend op", "Signed on");
    public static readonly Label Offers = new("Peut aider pour", "Kan helpen met", "Can help with");
    public static readonly Label Needs = new("Veut apprendre", "Wil leren", "Wants to learn");
    public static readonly Label IntakeGrid = new("Grille d'accueil (niveaux)", "Intakerooster (niveaus)", "Intake grid (levels)");

    // The intake grid
    public static readonly Label IntakeHelp = new(
        "Tapez le niveau observé de chaque personne pour chaque tâche, de 1 (débute) à 8 (très à l'aise). Laissez vide ce que vous n'avez pas vu.",
        "Typ voor elke persoon en taak het geziene niveau, van 1 (beginner) tot 8 (heel vlot). Laat leeg wat u niet zag.",
        "Type each person's observed level for each task, from 1 (beginner) to 8 (very at ease). Leave blank what you did not see.");
    public static readonly Label ObservedOn = new("Observé le", "Gezien op", "Observed on");
    public static readonly Label Tasks = new("Tâches", "Taken", "Tasks");
    public static readonly Label ShowTasks = new("Afficher ces tâches", "Deze taken tonen", "Show these tasks");
    public static readonly Label SaveLevels = new("Enregistrer les niveaux", "Niveaus bewaren", "Save the levels");
    public static Label LevelsSaved(int count) => new($"{count} niveau(x) enregistré(s).", $"{count} niveau(s) bewaard.", $"{count} level(s) saved.");
    public static readonly Label ScrollableTable = new("Tableau (il défile sur le côté)", "Tabel (schuift opzij)", "Table (scrolls sideways)");

    // Where a group's work is done, and the organisation's
    public static readonly Label Library = new("Qui peut aider pour quoi", "Wie kan helpen waarmee", "Who can help with what");
    public static readonly Label Pairings = new("Binômes", "Duo's", "Pairings");
    public static readonly Label Cases = new("Situations concrètes", "Concrete situaties", "Problem cases");
    public static readonly Label Evaluations = new("Évaluations", "Evaluaties", "Evaluations");
    public static readonly Label Progress = new("Progrès", "Vooruitgang", "Progress");
    public static readonly Label Knowledge = new("Fiches pratiques", "Praktische fiches", "Knowledge");
    public static readonly Label Desks = new("Permanences", "Zitdagen", "Drop-in desks");
    public static readonly Label TheOrganisation = new("L'organisation", "De organisatie", "The organisation");
    public static readonly Label GroupWork = new("Le travail du groupe", "Het werk van de groep", "The group's work");
}
