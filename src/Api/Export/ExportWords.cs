using LivingLibrary.Api.Journal;

namespace LivingLibrary.Api.Export;

/// <summary>
/// The words of a person's export page, for the person themselves: short, plain, in French, Dutch or English.
/// Dates and numbers are <see cref="Reports.ReportWords"/>'.
/// </summary>
public static class ExportWords
{
    public static readonly Label Kicker = new("Vos données", "Uw gegevens", "Your data");
    public static readonly Label Visitor = new("Visiteur ou visiteuse de la permanence", "Bezoeker van de zitdag", "Visitor of the drop-in");
    public static readonly Label Intro = new(
        "Voici tout ce que nous gardons sur vous. Vous pouvez lire cette page, la garder et la montrer à qui vous voulez.",
        "Hier staat alles wat we over u bijhouden. U mag deze pagina lezen, bewaren en tonen aan wie u wilt.",
        "This is everything we keep about you. You may read this page, keep it and show it to anyone you like.");
    public static readonly Label MadeOn = new("Page faite le", "Pagina gemaakt op", "Page made on");
    public static readonly Label MadeBy = new("à la demande de", "op vraag van", "at the request of");

    public static readonly Label Kept = new("Ce que nous gardons sur vous", "Wat we over u bijhouden", "What we keep about you");
    public static readonly Label Cases = new("Vos situations et vos demandes", "Uw situaties en vragen", "Your problems and requests");
    public static readonly Label Pairings = new("Vos binômes", "Uw duo's", "Your pairings");
    public static readonly Label Answers = new("Vos réponses aux évaluations", "Uw antwoorden op de evaluaties", "Your answers to evaluations");
    public static readonly Label Loans = new("Le matériel qu'on vous a prêté", "Het materiaal dat u leende", "Devices lent to you");
    public static readonly Label Sessions = new("Les rencontres où vous étiez", "De bijeenkomsten waar u was", "Meetings you came to");
    public static readonly Label RecordedBy = new("Qui l'a enregistré", "Wie het heeft genoteerd", "Who recorded it");
    public static readonly Label ReadBy = new("Qui l'a regardé", "Wie het heeft bekeken", "Who looked at it");

    public static readonly Label RecordedByIntro = new(
        "Chaque fois que quelqu'un note quelque chose sur vous, nous gardons quand et qui.",
        "Telkens iemand iets over u noteert, houden we bij wanneer en wie.",
        "Each time someone writes something down about you, we keep when and who.");
    public static readonly Label ReadByIntro = new(
        "Chaque fois que quelqu'un de l'équipe regarde vos informations, nous le notons.",
        "Telkens iemand van het team uw gegevens bekijkt, noteren we dat.",
        "Each time someone of the team looks at your information, we write it down.");
    public static readonly Label ThisPageToo = new(
        "Cette page-ci sera aussi notée.", "Ook deze pagina wordt genoteerd.", "This page will be written down too.");
    public static readonly Label Closing = new(
        "Si quelque chose est faux, ou si vous voulez que nous l'effacions, dites-le à l'équipe. C'est votre droit.",
        "Als iets niet klopt, of als u wilt dat we het wissen, zeg het aan het team. Dat is uw recht.",
        "If something is wrong, or if you want us to erase it, tell the team. It is your right.");

    public static readonly Label Nothing = new("Rien.", "Niets.", "Nothing.");
    public static readonly Label NobodyYet = new("Personne, jusqu'à aujourd'hui.", "Niemand, tot vandaag.", "Nobody, until today.");
    public static readonly Label None = new("aucun", "geen", "none");
    public static readonly Label Unknown = new("inconnu", "onbekend", "unknown");
    public static readonly Label Yes = new("oui", "ja", "yes");
    public static readonly Label No = new("non", "nee", "no");

    public static readonly Label When = new("Quand", "Wanneer", "When");
    public static readonly Label What = new("Quoi", "Wat", "What");
    public static readonly Label Who = new("Qui", "Wie", "Who");
    public static readonly Label Date = new("Date", "Datum", "Date");

    public static readonly Label Name = new("Nom ou pseudonyme", "Naam of schuilnaam", "Name or pseudonym");
    public static readonly Label Contact = new("Contact", "Contact", "Contact");
    public static readonly Label Languages = new("Langues", "Talen", "Languages");
    public static readonly Label Availability = new("Quand vous êtes libre", "Wanneer u vrij bent", "When you are free");
    public static readonly Label Group = new("Groupe", "Groep", "Group");
    public static readonly Label Desk = new("Permanence", "Zitdag", "Drop-in");
    public static readonly Label Area = new("Quartier (code postal)", "Buurt (postcode)", "Area (postcode)");
    public static readonly Label Consent = new("Votre accord", "Uw toestemming", "Your consent");
    public static readonly Label Left = new("Vous avez quitté le groupe.", "U hebt de groep verlaten.", "You left the group.");
    public static readonly Label Capacity = new("Combien de personnes vous pouvez aider", "Hoeveel mensen u kunt helpen", "How many people you can help");

    public static readonly Label Levels = new("Vos niveaux", "Uw niveaus", "Your levels");
    public static readonly Label Skill = new("Savoir-faire", "Vaardigheid", "Skill");
    public static readonly Label Priority = new("Importance", "Belang", "Importance");
    public static readonly Label Level = new("Niveau", "Niveau", "Level");
    public static readonly Label Offers = new("Ce que vous pouvez apprendre aux autres", "Wat u anderen kunt leren", "What you can teach others");
    public static readonly Label Needs = new("Ce que vous voulez apprendre", "Wat u wilt leren", "What you want to learn");
    public static readonly Label Confirmed = new("confirmé par l'équipe", "bevestigd door het team", "confirmed by the team");
    public static readonly Label Before = new("avant le", "voor", "before");

    public static readonly Label Goal = new("Ce que vous vouliez faire", "Wat u wilde doen", "What you wanted to do");
    public static readonly Label Difficulty = new("La difficulté", "De moeilijkheid", "The difficulty");
    public static readonly Label Status = new("Où en est-ce", "Hoe staat het", "Where it stands");
    public static readonly Label Minutes = new("minutes", "minuten", "minutes");
    public static readonly Label Length = new("Durée (minutes)", "Duur (minuten)", "Length (minutes)");
    public static readonly Label Steps = new("Les étapes", "De stappen", "The steps");
    public static readonly Label Referred = new("Orientée vers un service le", "Doorverwezen naar een dienst op", "Referred to a service on");
    public static readonly Label ClosedBecause = new("Fermée", "Afgesloten", "Closed");

    public static readonly Label With = new("Avec", "Met", "With");
    public static readonly Label You = new("Vous", "U", "You");
    public static readonly Label WorkedOn = new("Ce que vous avez fait", "Wat u deed", "What you did");
    public static readonly Label Felt = new("Comment c'était", "Hoe het was", "How it felt");
    public static readonly Label YourFeedback = new("Ce que vous en avez dit", "Wat u erover zei", "What you said about it");

    public static readonly Label Question = new("Question", "Vraag", "Question");
    public static readonly Label Answer = new("Votre réponse", "Uw antwoord", "Your answer");
    public static readonly Label OutOfFive = new("sur 5", "op 5", "out of 5");

    public static readonly Label Device = new("Appareil", "Toestel", "Device");
    public static readonly Label From = new("Depuis le", "Vanaf", "From");
    public static readonly Label Until = new("Jusqu'au", "Tot", "Until");
    public static readonly Label Returned = new("Rendu le", "Teruggebracht op", "Returned on");
    public static readonly Label Deposit = new("Caution", "Waarborg", "Deposit");
    public static readonly Label Theme = new("Sujet", "Onderwerp", "Topic");
    public static readonly Label HelpedOthers = new("Quand vous avez aidé quelqu'un", "Wanneer u iemand hielp", "When you helped someone");

    public static Label Consented(Consent consent, Reports.ReportWords w) => new(
        $"Vous avez accepté le texte « {consent.Notice} » (version {consent.Version}) le {w.Date(consent.GivenOn)}.",
        $"U hebt de tekst ‘{consent.Notice}’ (versie {consent.Version}) aanvaard op {w.Date(consent.GivenOn)}.",
        $"You agreed to the notice ‘{consent.Notice}’ (version {consent.Version}) on {w.Date(consent.GivenOn)}.");

    public static Label ConsentWithdrawnOn(DateOnly day, Reports.ReportWords w) => new(
        $"Vous avez retiré votre accord le {w.Date(day)} : rien de nouveau n'est fait avec vos données.",
        $"U hebt uw toestemming ingetrokken op {w.Date(day)}: er gebeurt niets nieuws met uw gegevens.",
        $"You withdrew your consent on {w.Date(day)}: nothing new is done with your data.");

    public static Label KeptFor(int months) => new(
        $"Nous gardons cette liste {months} mois.", $"We bewaren deze lijst {months} maanden.", $"We keep this list for {months} months.");

    public static Label LevelOf(int level) => new($"{level} sur 8", $"{level} op 8", $"{level} out of 8");

    public static Label Of(PersonalRead read) => read switch
    {
        PersonalRead.Profile => new("votre fiche", "uw fiche", "your profile"),
        PersonalRead.Progress => new("vos progrès", "uw vooruitgang", "your progress"),
        PersonalRead.Pairings => new("vos binômes", "uw duo's", "your pairings"),
        PersonalRead.Loans => new("le matériel prêté", "het uitgeleende materiaal", "the devices lent to you"),
        PersonalRead.Case => new("une situation ou une demande", "een situatie of vraag", "a problem or request"),
        PersonalRead.CaseTimeline => new("l'histoire d'une situation", "de geschiedenis van een situatie", "the history of a problem"),
        _ => new("tout, comme sur cette page", "alles, zoals op deze pagina", "everything, as on this page"),
    };

    public static Label Of(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => new("lundi", "maandag", "Monday"),
        DayOfWeek.Tuesday => new("mardi", "dinsdag", "Tuesday"),
        DayOfWeek.Wednesday => new("mercredi", "woensdag", "Wednesday"),
        DayOfWeek.Thursday => new("jeudi", "donderdag", "Thursday"),
        DayOfWeek.Friday => new("vendredi", "vrijdag", "Friday"),
        DayOfWeek.Saturday => new("samedi", "zaterdag", "Saturday"),
        _ => new("dimanche", "zondag", "Sunday"),
    };

    public static Label Of(DayPart part) => part switch
    {
        DayPart.Morning => new("matin", "voormiddag", "morning"),
        DayPart.Afternoon => new("après-midi", "namiddag", "afternoon"),
        _ => new("soir", "avond", "evening"),
    };

    public static Label Of(NeedPriority priority) => priority switch
    {
        NeedPriority.Low => new("pas pressé", "niet dringend", "no hurry"),
        NeedPriority.High => new("important", "belangrijk", "important"),
        _ => new("normal", "gewoon", "normal"),
    };

    public static Label Of(CaseStatus status) => status switch
    {
        CaseStatus.Open => new("en cours", "bezig", "in progress"),
        CaseStatus.Resolved => new("résolu", "opgelost", "solved"),
        CaseStatus.Referred => new("orienté vers un service", "doorverwezen naar een dienst", "referred to a service"),
        _ => new("fermé", "afgesloten", "closed"),
    };

    public static Label Of(ProcedureProgress progress) => progress switch
    {
        ProcedureProgress.Done => new("fait", "gedaan", "done"),
        ProcedureProgress.PartlyDone => new("fait en partie", "deels gedaan", "partly done"),
        _ => new("pas encore fait", "nog niet gedaan", "not done yet"),
    };

    public static Label Of(Autonomy autonomy) => autonomy switch
    {
        Autonomy.DoneForThem => new("fait pour vous", "voor u gedaan", "done for you"),
        Autonomy.DoneTogether => new("fait avec vous", "samen met u gedaan", "done with you"),
        _ => new("fait par vous seul·e", "door u alleen gedaan", "done by you alone"),
    };

    public static Label Of(PairingStatus status) => status switch
    {
        PairingStatus.Proposed => new("proposé", "voorgesteld", "proposed"),
        PairingStatus.Active => new("en cours", "bezig", "going on"),
        PairingStatus.Declined => new("refusé", "geweigerd", "declined"),
        PairingStatus.Withdrawn => new("retiré", "ingetrokken", "withdrawn"),
        _ => new("terminé", "afgelopen", "ended"),
    };

    public static Label Of(Party party) => party == Party.Learner
        ? new("vous apprenez", "u leert", "you learn")
        : new("vous aidez", "u helpt", "you help");

    public static Label Of(LearnerFeeling feeling) => feeling switch
    {
        LearnerFeeling.Lost => new("perdu·e", "verloren", "lost"),
        LearnerFeeling.Unsure => new("pas sûr·e", "onzeker", "unsure"),
        LearnerFeeling.Fine => new("ça va", "goed", "fine"),
        _ => new("confiant·e", "zelfzeker", "confident"),
    };

    public static Label Of(PairingOutcome outcome) => outcome switch
    {
        PairingOutcome.WentWell => new("bien passé", "goed verlopen", "went well"),
        PairingOutcome.Mixed => new("mitigé", "gemengd", "mixed"),
        _ => new("mal passé", "slecht verlopen", "went badly"),
    };

    public static Label Of(DeviceCondition condition) => condition switch
    {
        DeviceCondition.Good => new("en bon état", "in goede staat", "in good condition"),
        DeviceCondition.Fair => new("en état moyen", "in redelijke staat", "in fair condition"),
        DeviceCondition.Poor => new("en mauvais état", "in slechte staat", "in poor condition"),
        _ => new("cassé", "kapot", "broken"),
    };

    /// <summary>What an event recorded, in plain words; an event without words here reads as its type.</summary>
    public static Label? Of(object recorded) => recorded switch
    {
        ParticipantEnrolled => new("Inscription dans le groupe", "Inschrijving in de groep", "Enrolled in the group"),
        ParticipantDetailsUpdated => new("Nom, contact ou langues changés", "Naam, contact of talen gewijzigd", "Name, contact or languages changed"),
        ConsentRecorded => new("Votre accord noté", "Uw toestemming genoteerd", "Your consent written down"),
        ConsentWithdrawn => new("Votre accord retiré", "Uw toestemming ingetrokken", "Your consent withdrawn"),
        ParticipantMoved => new("Changement de groupe", "Naar een andere groep", "Moved to another group"),
        ParticipantLeft => new("Départ du groupe", "Vertrek uit de groep", "Left the group"),
        SkillAssessed => new("Un niveau noté", "Een niveau genoteerd", "A level written down"),
        HelpOffered => new("Vous proposez d'aider", "U biedt hulp aan", "You offered to help"),
        HelpOfferReviewed => new("Votre niveau pour aider confirmé", "Uw niveau om te helpen bevestigd", "Your level to help confirmed"),
        HelpOfferWithdrawn => new("Offre d'aide retirée", "Hulpaanbod ingetrokken", "Offer to help taken back"),
        LearningNeedDeclared => new("Vous voulez apprendre quelque chose", "U wilt iets leren", "You want to learn something"),
        LearningNeedWithdrawn => new("Souhait d'apprendre retiré", "Leerwens ingetrokken", "Wish to learn taken back"),
        HelperEngaged => new("Vous commencez à aider quelqu'un", "U begint iemand te helpen", "You started helping someone"),
        HelperReleased => new("Vous n'aidez plus cette personne", "U helpt die persoon niet meer", "You stopped helping that person"),
        HelpCapacitySet => new("Combien de personnes vous pouvez aider", "Hoeveel mensen u kunt helpen", "How many people you can help"),
        CasePosted => new("Situation notée", "Situatie genoteerd", "Problem written down"),
        DropInRequestRecorded => new("Demande notée à la permanence", "Vraag genoteerd op de zitdag", "Request written down at the drop-in"),
        CaseAccompanied => new("Quelqu'un a travaillé avec vous", "Iemand heeft met u gewerkt", "Someone worked on it with you"),
        CaseResolved => new("Résolu", "Opgelost", "Solved"),
        CaseReferred => new("Orienté vers un service", "Doorverwezen naar een dienst", "Referred to a service"),
        ReferralFollowedUp => new("Suivi auprès du service", "Opgevolgd bij de dienst", "Followed up with the service"),
        CaseClosed => new("Fermé", "Afgesloten", "Closed"),
        CaseReopened => new("Rouvert", "Heropend", "Opened again"),
        CaseRevealedNeed => new("Quelque chose à apprendre noté", "Iets om te leren genoteerd", "Something to learn written down"),
        _ => null,
    };
}
