namespace LivingLibrary.Api.ConsolePages;

/// <summary>The words of problem cases, drop-in desks, referral and knowledge (DOMAIN.md's vocabulary).</summary>
public static partial class Words
{
    // A group's cases
    public static readonly Label NoCases = new("Aucune situation ici.", "Geen situaties hier.", "No cases here.");
    public static readonly Label PostCaseHeading = new("Noter une situation", "Een situatie noteren", "Post a case");
    public static readonly Label PostCaseButton = new("Noter la situation", "Situatie noteren", "Post the case");
    public static readonly Label CaseFor = new("Pour qui", "Voor wie", "For whom");
    public static readonly Label CaseGoal = new("Ce que la personne veut faire (ses mots)", "Wat de persoon wil doen (eigen woorden)",
        "What the person wants to do (their words)");
    public static readonly Label ServiceLabel = new("Service ou organisme", "Dienst of organisatie", "Service or provider");
    public static readonly Label DifficultyLabel = new("Type de difficulté", "Soort moeilijkheid", "Kind of difficulty");
    public static readonly Label TaskOptional = new("Tâche concernée (facultatif)", "Betrokken taak (niet verplicht)", "Task concerned (optional)");
    public static readonly Label UrgencyLabel = new("Urgence", "Dringendheid", "Urgency");
    public static readonly Label DueOn = new("À faire pour le (facultatif)", "Te doen tegen (niet verplicht)", "Due on (optional)");
    public static readonly Label Due = new("Échéance", "Uiterste datum", "Due");
    public static readonly Label CaseSteps = new("Étapes", "Stappen", "Steps");
    public static readonly Label PostedOn = new("Noté le", "Genoteerd op", "Posted on");
    public static readonly Label CaseState = new("État", "Status", "Status");

    // A case
    public static readonly Label CaseWord = new("Situation", "Situatie", "Case");
    public static readonly Label CaseTimeline = new("Ce qui s'est passé", "Wat er gebeurde", "What happened");
    public static readonly Label TimelineWhen = new("Quand", "Wanneer", "When");
    public static readonly Label TimelineWhat = new("Quoi", "Wat", "What");
    public static readonly Label TimelineWho = new("Qui", "Wie", "Who");
    public static readonly Label Accompaniments = new("Accompagnements", "Begeleidingen", "Accompaniments");
    public static readonly Label NoAccompaniments = new("Pas encore d'accompagnement.", "Nog geen begeleiding.", "No accompaniment yet.");
    public static readonly Label AccompanyHeading = new("Noter un accompagnement", "Een begeleiding noteren", "Record an accompaniment");
    public static readonly Label AccompanyButton = new("Noter l'accompagnement", "Begeleiding noteren", "Record the accompaniment");
    public static readonly Label CaseOn = new("Le", "Op", "On");
    public static readonly Label CaseMinutes = new("Durée (minutes)", "Duur (minuten)", "Time (minutes)");
    public static readonly Label SettingLabel = new("Où", "Waar", "Where");
    public static readonly Label DeviceLabel = new("Appareil", "Toestel", "Device");
    public static readonly Label ProgressLabel = new("Où en est la démarche", "Hoe ver staat de procedure", "How far the procedure got");
    public static readonly Label StepsOnePerLine = new("Étapes (une par ligne)", "Stappen (één per regel)", "Steps (one per line)");
    public static readonly Label CaseNote = new("Note (facultatif)", "Notitie (niet verplicht)", "Note (optional)");
    public static readonly Label ResolveHeading = new("Résoudre la situation", "De situatie oplossen", "Resolve the case");
    public static readonly Label ResolveButton = new("Marquer comme résolue", "Als opgelost markeren", "Resolve the case");
    public static readonly Label AutonomyLabel = new("Autonomie à la fin", "Zelfstandigheid op het einde", "Autonomy at the end");
    public static readonly Label ReferHeading = new("Orienter vers un partenaire", "Doorverwijzen naar een partner", "Refer to a partner");
    public static readonly Label ReferButton = new("Orienter", "Doorverwijzen", "Refer the case");
    public static readonly Label SuggestedPartners = new("Partenaires suggérés", "Voorgestelde partners", "Suggested partners");
    public static readonly Label OtherPartners = new("Autres partenaires actifs", "Andere actieve partners", "Other active partners");
    public static readonly Label NoSuggestion = new("Aucun partenaire de l'annuaire ne traite ce service ou cette difficulté.",
        "Geen enkele partner uit de lijst behandelt deze dienst of moeilijkheid.", "No partner of the directory handles this service or difficulty.");
    public static readonly Label CaseReason = new("Raison", "Reden", "Reason");
    public static readonly Label CaseReasonOptional = new("Raison (facultatif)", "Reden (niet verplicht)", "Reason (optional)");
    public static readonly Label ReferredTo = new("Orientée vers", "Doorverwezen naar", "Referred to");
    public static readonly Label FollowUpHeading = new("Suite de l'orientation", "Opvolging van de doorverwijzing", "Referral follow-up");
    public static readonly Label FollowUpButton = new("Noter la suite", "Opvolging noteren", "Record the follow-up");
    public static readonly Label OutcomeLabel = new("Résultat", "Resultaat", "Outcome");
    public static readonly Label CloseHeading = new("Clôturer sans solution", "Afsluiten zonder oplossing", "Close without resolution");
    public static readonly Label CloseButton = new("Clôturer la situation", "Situatie afsluiten", "Close the case");
    public static readonly Label ReopenHeading = new("Rouvrir", "Heropenen", "Reopen");
    public static readonly Label ReopenButton = new("Rouvrir la situation", "Situatie heropenen", "Reopen the case");
    public static readonly Label WriteEntryHeading = new("Écrire une fiche pratique", "Een praktische fiche schrijven", "Write a knowledge entry");
    public static readonly Label WriteEntryHelp = new(
        "En termes généraux : la fiche ne nomme personne.", "In algemene termen: de fiche noemt niemand.", "In general terms: the entry names no one.");
    public static readonly Label WriteEntryButton = new("Écrire la fiche", "Fiche schrijven", "Write the entry");
    public static readonly Label EntriesFromCase = new("Fiches écrites à partir de cette situation", "Fiches geschreven vanuit deze situatie",
        "Entries written from this case");
    public static readonly Label EntryTitle = new("Titre", "Titel", "Title");
    public static readonly Label EntrySituation = new("La situation, en général", "De situatie, algemeen", "The situation, in general");
    public static readonly Label EntryLanguage = new("Langue de la fiche", "Taal van de fiche", "Language of the entry");
    public static readonly Label VisitorLabel = new("Visiteur·se", "Bezoeker", "Visitor");
    public static readonly Label AnonymousVisitor = new("anonyme", "anoniem", "anonymous");
    public static readonly Label ResolutionLabel = new("Résolution", "Oplossing", "Resolution");
    public static readonly Label ClosedBecause = new("Clôturée :", "Afgesloten:", "Closed:");
    public static readonly Label LearningNeeds = new("Besoins d'apprentissage révélés", "Leervragen die bleken", "Learning needs revealed");

    // Drop-in desks
    public static readonly Label NoDesks = new("Aucune permanence pour vous.", "Geen zitdagen voor u.", "No drop-in desks for you.");
    public static readonly Label DeskHours = new("Heures", "Uren", "Hours");
    public static readonly Label DeskSessions = new("Permanences", "Zitdagen", "Sessions");
    public static readonly Label TodayWord = new("aujourd'hui", "vandaag", "today");
    public static readonly Label SessionSheet = new("Feuille de la permanence", "Blad van de zitdag", "Session sheet");
    public static readonly Label SheetRequests = new("Demandes", "Vragen", "Requests");
    public static readonly Label NoRequests = new("Aucune demande notée ce jour.", "Geen vragen genoteerd op deze dag.", "No request recorded that day.");
    public static readonly Label RecordRequestHeading = new("Noter une demande", "Een vraag noteren", "Record a request");
    public static readonly Label RecordRequestButton = new("Noter la demande", "Vraag noteren", "Record the request");
    public static readonly Label VisitorHelp = new(
        "Rien n'est obligatoire pour identifier la personne. Un contact n'est gardé qu'avec son accord.",
        "Niets is verplicht om de persoon te identificeren. Een contact wordt enkel met toestemming bewaard.",
        "Nothing is required to identify the person. A contact is kept only with their consent.");
    public static readonly Label Pseudonym = new("Pseudonyme (facultatif)", "Schuilnaam (niet verplicht)", "Pseudonym (optional)");
    public static readonly Label PostcodeArea = new("Code postal ou quartier (facultatif)", "Postcode of wijk (niet verplicht)", "Postcode or area (optional)");
    public static readonly Label ConsentNoticeForContact = new("Texte d'accord accepté (si contact)", "Aanvaarde toestemmingstekst (bij contact)",
        "Consent notice agreed (with a contact)");
    public static readonly Label DayTotals = new("Bilan du jour", "Overzicht van de dag", "The day's totals");
    public static Label ActivityLine(CaseActivity a) => new(
        $"{a.Requests} demande(s), {a.Accompaniments} accompagnement(s), {a.Minutes} minutes ; {a.Open} en cours, {a.Resolved} résolue(s), {a.Referred} orientée(s), {a.Closed} clôturée(s).",
        $"{a.Requests} vraag/vragen, {a.Accompaniments} begeleiding(en), {a.Minutes} minuten; {a.Open} lopend, {a.Resolved} opgelost, {a.Referred} doorverwezen, {a.Closed} afgesloten.",
        $"{a.Requests} request(s), {a.Accompaniments} accompaniment(s), {a.Minutes} minutes; {a.Open} open, {a.Resolved} resolved, {a.Referred} referred, {a.Closed} closed.");

    // Knowledge
    public static readonly Label SearchWords = new("Mots à chercher", "Zoekwoorden", "Words to search");
    public static readonly Label SearchButton = new("Chercher", "Zoeken", "Search");
    public static readonly Label AnyChoice = new("— tous —", "— alle —", "— any —");
    public static readonly Label NoEntries = new("Aucune fiche trouvée.", "Geen fiches gevonden.", "No entries found.");
    public static readonly Label HelpedLabel = new("A aidé", "Hielp", "Helped");
    public static Label HelpedTimes(int n) => new($"a aidé {n} fois", $"hielp {n} keer", $"helped {n} time(s)");
    public static readonly Label EntryAuthor = new("Écrite par", "Geschreven door", "Written by");
    public static readonly Label EntryReviewer = new("Relue par", "Nagelezen door", "Reviewed by");
    public static readonly Label PublishedOn = new("Publiée le", "Gepubliceerd op", "Published on");
    public static readonly Label SourceCase = new("Situation d'origine", "Oorspronkelijke situatie", "Source case");
    public static readonly Label ReviewButton = new("Relire et approuver", "Nalezen en goedkeuren", "Review the entry");
    public static readonly Label ReviewHelp = new("Quelqu'un d'autre que l'auteur·e relit la fiche.", "Iemand anders dan de auteur leest de fiche na.",
        "Someone other than the author reviews the entry.");
    public static readonly Label PublishButton = new("Publier", "Publiceren", "Publish the entry");
    public static readonly Label HelpedButton = new("Cette fiche a aidé", "Deze fiche hielp", "This entry helped");
    public static readonly Label ReviseHeading = new("Réviser la fiche", "De fiche herzien", "Revise the entry");
    public static readonly Label ReviseHelp = new("Une fiche révisée redevient un brouillon, à relire.", "Een herziene fiche wordt weer een ontwerp, na te lezen.",
        "A revised entry is a draft again, to be reviewed.");
    public static readonly Label ReviseButton = new("Enregistrer la révision", "Herziening bewaren", "Save the revision");

    public static Label UrgencyName(Urgency u) => u switch
    {
        Urgency.Low => new("faible", "laag", "low"),
        Urgency.Normal => new("normale", "normaal", "normal"),
        Urgency.High => new("haute", "hoog", "high"),
        _ => new("urgente", "dringend", "urgent"),
    };

    public static Label StatusName(CaseStatus s) => s switch
    {
        CaseStatus.Open => new("en cours", "lopend", "open"),
        CaseStatus.Resolved => new("résolue", "opgelost", "resolved"),
        CaseStatus.Referred => new("orientée", "doorverwezen", "referred"),
        _ => new("clôturée", "afgesloten", "closed"),
    };

    public static Label SettingName(Setting s) => s switch
    {
        Setting.OnSite => new("sur place", "ter plaatse", "on site"),
        Setting.AtHome => new("à domicile", "aan huis", "at home"),
        Setting.AtPartner => new("chez un partenaire", "bij een partner", "at a partner's"),
        _ => new("à distance", "op afstand", "remote"),
    };

    public static Label DeviceName(DeviceUsed d) => d switch
    {
        DeviceUsed.OwnPhone => new("son téléphone", "eigen telefoon", "own phone"),
        DeviceUsed.OwnComputer => new("son ordinateur", "eigen computer", "own computer"),
        DeviceUsed.LentDevice => new("appareil prêté", "geleend toestel", "lent device"),
        _ => new("ordinateur public", "openbare computer", "public computer"),
    };

    public static Label ProgressName(ProcedureProgress p) => p switch
    {
        ProcedureProgress.Done => new("faite", "gedaan", "done"),
        ProcedureProgress.PartlyDone => new("en partie faite", "deels gedaan", "partly done"),
        _ => new("pas faite", "niet gedaan", "not done"),
    };

    public static Label AutonomyName(Autonomy a) => a switch
    {
        Autonomy.DoneForThem => new("fait pour la personne", "voor de persoon gedaan", "done for them"),
        Autonomy.DoneTogether => new("fait ensemble", "samen gedaan", "done together"),
        _ => new("fait seul·e", "alleen gedaan", "done alone"),
    };

    public static Label OutcomeName(ReferralOutcome o) => o switch
    {
        ReferralOutcome.Helped => new("la personne a été aidée", "de persoon werd geholpen", "helped"),
        ReferralOutcome.NotHelped => new("pas aidée", "niet geholpen", "not helped"),
        _ => new("pas de nouvelles", "geen nieuws", "no news"),
    };

    public static Label EntryStatusName(KnowledgeStatus s) => s switch
    {
        KnowledgeStatus.Draft => new("brouillon", "ontwerp", "draft"),
        KnowledgeStatus.Reviewed => new("relue", "nagelezen", "reviewed"),
        _ => new("publiée", "gepubliceerd", "published"),
    };

    public static Label WaitingForReview(KnowledgeStatus s) => s switch
    {
        KnowledgeStatus.Draft => new("Brouillons à relire", "Ontwerpen om na te lezen", "Drafts to review"),
        KnowledgeStatus.Reviewed => new("Relues, à publier", "Nagelezen, te publiceren", "Reviewed, to publish"),
        _ => new("Publiées", "Gepubliceerd", "Published"),
    };

    public static Label LanguageName(string code) => code switch
    {
        "fr" => new("français", "Frans", "French"),
        "nl" => new("néerlandais", "Nederlands", "Dutch"),
        _ => new("anglais", "Engels", "English"),
    };

    public static Label EventName(string type) => type switch
    {
        "case_posted" => new("Situation notée", "Situatie genoteerd", "Case posted"),
        "drop_in_request_recorded" => new("Demande notée à la permanence", "Vraag genoteerd op de zitdag", "Request recorded at the desk"),
        "case_accompanied" => new("Accompagnement", "Begeleiding", "Accompaniment"),
        "case_resolved" => new("Résolue", "Opgelost", "Resolved"),
        "case_referred" => new("Orientée", "Doorverwezen", "Referred"),
        "referral_followed_up" => new("Suite de l'orientation", "Opvolging", "Referral followed up"),
        "case_closed" => new("Clôturée", "Afgesloten", "Closed"),
        "case_reopened" => new("Rouverte", "Heropend", "Reopened"),
        "case_revealed_need" => new("Besoin d'apprentissage révélé", "Leervraag gebleken", "Learning need revealed"),
        _ => new(type, type, type),
    };
}
