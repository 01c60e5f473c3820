namespace LivingLibrary.Api.ConsolePages;

// The words of evaluations, progress, the organisation's overview, the funder report and the observatory.
public static partial class Words
{
    // Figures about people
    public static readonly Label FewerThanThree = new("moins de 3 personnes", "minder dan 3 personen", "fewer than 3 people");
    public static readonly Label NoFigure = new("—", "—", "—");
    public static readonly Label SuppressedNote = new(
        "Un chiffre qui porte sur moins de 3 personnes n'est jamais montré : il est écrit « moins de 3 personnes », jamais 0. Parfois un deuxième chiffre est caché, pour qu'un total ne trahisse pas le premier.",
        "Een cijfer over minder dan 3 personen wordt nooit getoond: er staat „minder dan 3 personen”, nooit 0. Soms wordt een tweede cijfer verborgen, zodat een totaal het eerste niet verraadt.",
        "A figure about fewer than 3 people is never shown: it reads “fewer than 3 people”, never 0. Sometimes a second figure is hidden too, so that a total does not give the first away.");

    public static readonly Label OwnFiguresNote = new(
        "Ces chiffres sont ceux du groupe, pour son équipe : exacts pour les réponses nommées. Ce qu'ajoutent les réponses anonymes n'est montré qu'à partir de 3 ; ce qui sort du groupe (le rapport aux financeurs) ne montre jamais un chiffre sur moins de 3 personnes.",
        "Dit zijn de cijfers van de groep, voor haar team: exact voor de antwoorden op naam. Wat anonieme antwoorden toevoegen, wordt pas vanaf 3 getoond; wat de groep verlaat (het rapport voor financiers) toont nooit een cijfer over minder dan 3 personen.",
        "These are the group's own figures, for its staff: exact for named answers. What anonymous answers add shows from 3 of them; what leaves the group (the funder report) never shows a figure about fewer than 3 people.");

    // Campaigns
    public static readonly Label Campaigns = new("Évaluations collectives", "Gezamenlijke evaluaties", "Collective evaluations");
    public static readonly Label NoCampaigns = new("Aucune évaluation pour l'instant.", "Nog geen evaluaties.", "No evaluations yet.");
    public static readonly Label OpenACampaign = new("Ouvrir une évaluation", "Een evaluatie openen", "Open an evaluation");
    public static readonly Label OpenCampaignButton = new("Ouvrir l'évaluation", "De evaluatie openen", "Open the campaign");
    public static readonly Label CampaignKindLabel = new("Moment", "Moment", "Kind");
    public static readonly Label KindMidProject = new("À mi-parcours", "Halverwege", "Mid-project");
    public static readonly Label KindEndOfProject = new("En fin de projet", "Aan het einde van het project", "End of project");
    public static readonly Label KindOther = new("Autre", "Andere", "Other");
    public static readonly Label AnswerModeLabel = new("Comment on répond", "Hoe men antwoordt", "How people answer");
    public static readonly Label ModeNamed = new("Avec son nom (compte dans les progrès de la personne)", "Op naam (telt mee in de vooruitgang van de persoon)",
        "By name (counts in the person's progress)");
    public static readonly Label ModeAnonymous = new("Anonyme, avec des codes sur papier", "Anoniem, met codes op papier", "Anonymously, with paper codes");
    public static readonly Label ModeEither = new("Avec son nom ou anonyme, au choix", "Op naam of anoniem, naar keuze", "By name or anonymously, as each prefers");
    public static readonly Label CampaignOpensOn = new("Ouverte le", "Open vanaf", "Opens on");
    public static readonly Label CampaignClosesOn = new("Fermée le", "Sluit op", "Closes on");
    public static readonly Label TasksAsked = new("Tâches à auto-évaluer (facultatif)", "Taken om zelf te beoordelen (niet verplicht)", "Tasks to self-assess (optional)");
    public static readonly Label TasksAskedHelp = new(
        "Sans choix, les tâches sur lesquelles le groupe a été évalué (12 au plus).",
        "Zonder keuze: de taken waarop de groep beoordeeld werd (hoogstens 12).",
        "Without a choice, the tasks the group was assessed on (12 at most).");
    public static readonly Label AnsweredCount = new("Réponses", "Antwoorden", "Answers");
    public static readonly Label CampaignOpen = new("ouverte", "open", "open");
    public static readonly Label CampaignDates = new("Dates", "Data", "Dates");
    public static readonly Label CampaignState = new("État", "Stand", "State");

    // A campaign
    public static readonly Label TheQuestionnaire = new("Le questionnaire", "De vragenlijst", "The questionnaire");
    public static readonly Label SelfAssessmentLabel = new("Auto-évaluation", "Zelfbeoordeling", "Self-assessment");
    public static readonly Label SatisfactionLabel = new("Satisfaction (1 = pas du tout, 5 = tout à fait)", "Tevredenheid (1 = helemaal niet, 5 = helemaal)",
        "Satisfaction (1 = not at all, 5 = very)");
    public static readonly Label OpenQuestionLabel = new("Question ouverte", "Open vraag", "Open question");
    public static readonly Label NoAnswer = new("Pas de réponse", "Geen antwoord", "No answer");
    public static readonly Label PaperAnswers = new("Taper les réponses d'une personne (sur papier)", "De antwoorden van een persoon intypen (op papier)",
        "Type one person's paper answers");
    public static readonly Label Whose = new("La personne", "De persoon", "The person");
    public static readonly Label ChoosePerson = new("Taper ses réponses", "Haar antwoorden intypen", "Type their answers");
    public static Label AnswersOf(string name) => new($"Les réponses de {name}", $"De antwoorden van {name}", $"{name}'s answers");
    public static readonly Label InTheirLanguage = new("Questions dans la langue de la personne :", "Vragen in de taal van de persoon:", "Questions in the person's language:");
    public static readonly Label MayQuote = new("D'accord pour être cité·e (sans nom)", "Akkoord om geciteerd te worden (zonder naam)", "Agrees to be quoted (without a name)");
    public static readonly Label SaveAnswers = new("Enregistrer les réponses", "De antwoorden bewaren", "Save the answers");
    public static readonly Label AnswersSaved = new("Les réponses sont enregistrées.", "De antwoorden zijn bewaard.", "The answers are saved.");
    public static readonly Label AlreadyAnswered = new("a déjà répondu", "heeft al geantwoord", "has already answered");
    public static readonly Label AnonymousSheet = new("Taper une feuille anonyme", "Een anoniem blad intypen", "Type an anonymous sheet");
    public static readonly Label SheetLanguage = new("Feuille en", "Blad in", "Sheet in");
    public static readonly Label CodeOnSheet = new("Code écrit sur la feuille", "Code op het blad", "Code on the sheet");
    public static readonly Label SaveSheet = new("Enregistrer la feuille", "Het blad bewaren", "Save the sheet");
    public static readonly Label ChooseFromList = new("Choisissez dans la liste.", "Kies uit de lijst.", "Choose from the list.");
    public static readonly Label Codes = new("Codes pour les réponses anonymes", "Codes voor anonieme antwoorden", "Codes for anonymous answers");
    public static Label CodesStatus(int handedOut, int used) => new($"{handedOut} code(s) distribué(s), {used} feuille(s) anonyme(s) reçue(s).",
        $"{handedOut} code(s) uitgedeeld, {used} anoniem(e) blad(en) ontvangen.", $"{handedOut} code(s) handed out, {used} anonymous sheet(s) received.");
    public static readonly Label HowManyCodes = new("Combien de codes", "Hoeveel codes", "How many codes");
    public static readonly Label HandOutCodes = new("Créer les codes", "De codes maken", "Hand out codes");
    public static readonly Label CodesShownOnce = new(
        "Imprimez ou recopiez ces codes maintenant : ils ne seront plus jamais montrés. Un code sert une fois ; personne ne peut savoir quelle feuille l'a utilisé.",
        "Druk deze codes nu af of schrijf ze over: ze worden nooit meer getoond. Een code dient één keer; niemand kan weten welk blad hem gebruikte.",
        "Print or copy these codes now: they will never be shown again. A code serves once; nobody can tell which sheet used it.");
    public static Label CodesHandedOutBefore(int count) => new(
        $"Ces {count} code(s) ont déjà été distribués par ce formulaire : ils ne sont montrés qu'une fois. S'ils sont perdus, créez-en d'autres.",
        $"Deze {count} code(s) werden al met dit formulier uitgedeeld: ze worden maar één keer getoond. Zijn ze verloren, maak er dan nieuwe.",
        $"These {count} code(s) were already handed out by this form: they are shown once only. If they were lost, hand out new ones.");
    public static readonly Label SlipsLanguage = new("Fiches à découper en", "Strookjes om te knippen in", "Slips to cut out in");
    public static readonly Label SlipsToCut = new("Fiches à découper, un code par fiche", "Strookjes om te knippen, één code per strookje",
        "Slips to cut out, one code a slip");
    public static readonly Label PrintSlips = new("Imprimer les fiches", "De strookjes afdrukken", "Print the slips");
    public static readonly Label PrintSlipsHelp = new("Seules les fiches sont imprimées ; découpez-les et donnez-en une à chaque personne.",
        "Alleen de strookjes worden afgedrukt; knip ze uit en geef er één aan elke persoon.",
        "Only the slips are printed; cut them out and give one to each person.");
    public static readonly Label YourCode = new("Votre code pour le questionnaire anonyme :", "Uw code voor de anonieme vragenlijst:",
        "Your code for the anonymous questionnaire:");
    public static readonly Label WriteYourCode = new("Écrivez-le en haut de votre feuille. Il ne sert qu'une fois ; personne ne saura quelle feuille est la vôtre.",
        "Schrijf hem bovenaan uw blad. Hij dient maar één keer; niemand zal weten welk blad van u is.",
        "Write it at the top of your sheet. It serves once; nobody will know which sheet is yours.");
    public static readonly Label CloseCampaign = new("Fermer l'évaluation", "De evaluatie sluiten", "Close the campaign");
    public static readonly Label CloseHelp = new("Une évaluation fermée ne prend plus de réponses.", "Een gesloten evaluatie neemt geen antwoorden meer aan.",
        "A closed campaign takes no more answers.");
    public static readonly Label GroupConclusions = new("Les conclusions du groupe", "De conclusies van de groep", "The group's conclusions");
    public static readonly Label WhatWorked = new("Ce qui a marché", "Wat werkte", "What worked");
    public static readonly Label WhatDidNot = new("Ce qui n'a pas marché", "Wat niet werkte", "What did not");
    public static readonly Label WhatNext = new("La suite", "Hoe verder", "What next");
    public static readonly Label SaveConclusions = new("Enregistrer les conclusions", "De conclusies bewaren", "Save the conclusions");
    public static readonly Label ConclusionsReplace = new("Elles remplacent les conclusions précédentes.", "Ze vervangen de vorige conclusies.", "They replace the earlier ones.");
    public static readonly Label CampaignResultsTitle = new("Résultats", "Resultaten", "Results");
    public static readonly Label Respondents = new("Personnes qui ont répondu", "Personen die antwoordden", "People who answered");
    public static readonly Label QuestionLabel = new("Question", "Vraag", "Question");
    public static readonly Label MeanLabel = new("Moyenne", "Gemiddelde", "Mean");
    public static readonly Label QuotesTitle = new("Paroles de participant·es (anonymes, avec leur accord)", "Wat deelnemers zeggen (anoniem, met hun akkoord)",
        "In participants' words (anonymous, with their consent)");
    public static readonly Label NoQuotes = new("Aucune citation (il faut au moins 3 réponses anonymes).", "Geen citaten (minstens 3 anonieme antwoorden nodig).",
        "No quotes (at least 3 anonymous answers are needed).");
    public static readonly Label NotTakingAnswers = new("Cette évaluation ne prend pas de réponses aujourd'hui.", "Deze evaluatie neemt vandaag geen antwoorden aan.",
        "This campaign takes no answers today.");

    // Progress
    public static readonly Label GroupProgress = new("Les progrès du groupe", "De vooruitgang van de groep", "The group's progress");
    public static readonly Label PeopleFollowed = new("Personnes suivies", "Gevolgde personen", "People followed");
    public static readonly Label HelpHours = new("Heures d'aide données par les participant·es", "Uren hulp gegeven door deelnemers", "Hours of help given by participants");
    public static readonly Label CasesSolvedWithPeers = new("Situations résolues avec l'aide d'un·e pair", "Situaties opgelost met hulp van een peer",
        "Problem cases solved with a peer's help");
    public static readonly Label SkillOrTask = new("Compétence ou tâche", "Vaardigheid of taak", "Skill or task");
    public static readonly Label Reassessed = new("Réévalué·es", "Opnieuw beoordeeld", "Reassessed");
    public static readonly Label MovedUp = new("Ont progressé", "Vooruitgegaan", "Moved up");
    public static readonly Label ShareMovedUp = new("Part", "Aandeel", "Share");
    public static readonly Label BandsAtIntake = new("Niveaux à l'accueil", "Niveaus bij de intake", "Bands at intake");
    public static readonly Label BandsNow = new("Niveaux maintenant", "Niveaus nu", "Bands now");
    public static readonly Label SaidAtEnd = new("Ce que les personnes disent en fin de projet", "Wat de mensen aan het einde zeggen", "What people said at the end");
    public static readonly Label NobodyReassessed = new("Personne n'a encore été réévalué.", "Nog niemand werd opnieuw beoordeeld.", "Nobody has been reassessed yet.");
    public static readonly Label ProgressHelp = new(
        "Une personne a progressé quand son niveau (1 à 8), évalué à nouveau après l'accueil, est monté d'au moins un niveau.",
        "Iemand is vooruitgegaan als het niveau (1 tot 8), na de intake opnieuw beoordeeld, minstens één niveau hoger is.",
        "A person moved up when their level (1 to 8), assessed again after intake, rose by at least one level.");
    public static readonly Label EachPerson = new("Chaque personne", "Elke persoon", "Each person");
    public static readonly Label HelpGivenLabel = new("Aide donnée", "Gegeven hulp", "Help given");
    public static readonly Label PairingsAsHelper = new("Binômes comme aidant·e", "Duo's als helper", "Pairings as a helper");
    public static readonly Label MinutesLabel = new("Minutes", "Minuten", "Minutes");
    public static readonly Label CasesHelped = new("Situations résolues avec son aide", "Situaties opgelost met hun hulp", "Cases solved with their help");
    public static Label BandName(Band band) => band switch
    {
        Domain.Competences.Band.Foundation => new("base (1-2)", "basis (1-2)", "foundation (1-2)"),
        Domain.Competences.Band.Intermediate => new("intermédiaire (3-4)", "gemiddeld (3-4)", "intermediate (3-4)"),
        Domain.Competences.Band.Advanced => new("avancé (5-6)", "gevorderd (5-6)", "advanced (5-6)"),
        _ => new("très spécialisé (7-8)", "zeer gespecialiseerd (7-8)", "highly specialised (7-8)"),
    };

    // The organisation
    public static readonly Label GroupsTitle = new("Groupes", "Groepen", "Groups");
    public static readonly Label OrgParticipants = new("Participant·es", "Deelnemers", "Participants");
    public static readonly Label PairingsStarted = new("Commencés", "Gestart", "Started");
    public static readonly Label PairingsActive = new("En cours", "Lopend", "Active");
    public static readonly Label PairingsEndedWell = new("Terminés sur un bilan positif", "Goed afgesloten", "Ended well");
    public static readonly Label FunderReportTitle = new("Le rapport pour les financeurs", "Het rapport voor de financiers", "The funder report");
    public static readonly Label FunderReportHelp = new(
        "Les chiffres de l'organisation pour une période, tirés de ce qui était enregistré il y a quelques secondes. Un aperçu : rien n'est émis.",
        "De cijfers van de organisatie voor een periode, uit wat enkele seconden geleden geregistreerd was. Een voorbeeld: er wordt niets uitgegeven.",
        "The organisation's figures for a period, from what was recorded a few seconds ago. A preview: nothing is issued.");
    public static readonly Label ReportFrom = new("Du", "Van", "From");
    public static readonly Label ReportTo = new("Au", "Tot", "To");
    public static readonly Label ReportFormat = new("Format", "Formaat", "Format");
    public static readonly Label ReportPrintable = new("Page à imprimer", "Pagina om af te drukken", "Printable page");
    public static readonly Label ReportCsvZip = new("Tableaux CSV (zip)", "CSV-tabellen (zip)", "CSV tables (zip)");
    public static readonly Label ReportJson = new("JSON (ce qui est signé)", "JSON (wat ondertekend wordt)", "JSON (what is signed)");
    public static readonly Label ReportLanguage = new("Langue du rapport", "Taal van het rapport", "Report language");
    public static readonly Label ShowReport = new("Voir le rapport", "Het rapport tonen", "Open the report");
    public static readonly Label ThisYear = new("Cette année", "Dit jaar", "This year");
    public static readonly Label ObservatoryTitle = new("L'observatoire des difficultés", "Het observatorium van de moeilijkheden", "The observatory of difficulties");

    // The observatory
    public static readonly Label ObservatoryHelp = new(
        "Les situations concrètes par service et type de difficulté, par mois où elles ont été apportées. Rien sur les personnes.",
        "De concrete situaties per dienst en soort moeilijkheid, per maand waarin ze ingebracht werden. Niets over de personen.",
        "Problem cases by service and kind of difficulty, by the month they were brought. Nothing about the people.");
    public static readonly Label ObsFromMonth = new("Du mois (aaaa-mm)", "Van maand (jjjj-mm)", "From month (yyyy-mm)");
    public static readonly Label ObsToMonth = new("Au mois (aaaa-mm)", "Tot maand (jjjj-mm)", "To month (yyyy-mm)");
    public static readonly Label ObsByMonth = new("Détail par mois", "Per maand", "Month by month");
    public static readonly Label ObsShow = new("Afficher", "Tonen", "Show the figures");
    public static readonly Label ObsService = new("Service", "Dienst", "Service");
    public static readonly Label ObsDifficulty = new("Difficulté", "Moeilijkheid", "Difficulty");
    public static readonly Label ObsMonth = new("Mois", "Maand", "Month");
    public static readonly Label ObsCases = new("Situations", "Situaties", "Cases");
    public static readonly Label ObsOpen = new("ouvertes", "open", "open");
    public static readonly Label ObsResolved = new("résolues", "opgelost", "resolved");
    public static readonly Label ObsReferred = new("orientées", "doorverwezen", "referred");
    public static readonly Label ObsClosed = new("clôturées", "afgesloten", "closed");
    public static readonly Label ObsDoneForThem = new("fait pour la personne", "voor de persoon gedaan", "done for them");
    public static readonly Label ObsDoneTogether = new("fait ensemble", "samen gedaan", "done together");
    public static readonly Label ObsDoneAlone = new("fait seule", "alleen gedaan", "done alone");
    public static readonly Label ObsHours = new("Heures", "Uren", "Hours");
    public static readonly Label ObsTotal = new("Total", "Totaal", "Total");
    public static readonly Label ObsByService = new("Par service", "Per dienst", "By service");
    public static readonly Label ObsByDifficulty = new("Par type de difficulté", "Per soort moeilijkheid", "By kind of difficulty");
    public static readonly Label ObsByMonthTotals = new("Par mois", "Per maand", "By month");
    public static readonly Label ObsNoCases = new("Aucune situation dans cette période.", "Geen situaties in deze periode.", "No cases in this period.");
    public static readonly Label ObsTooFew = new(
        "Trop peu de situations, et trop dispersées, pour en montrer plus que le total sans désigner quelqu'un.",
        "Te weinig en te verspreide situaties om meer dan het totaal te tonen zonder iemand aan te wijzen.",
        "Too few cases, and too spread, to show more than the total without pointing at someone.");
}
