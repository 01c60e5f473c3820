namespace LivingLibrary.Domain.Cases;

/// <summary>A kind of difficulty, with what it covers, so that two helpers file the same case the same way.</summary>
public sealed record Difficulty(string Code, Label Name, Label Covers);

/// <summary>
/// The small taxonomy of what stops a person (docs/adr/0008). Closed: the observatory compares
/// organisations on it, so an organisation files what does not fit under "other".
/// </summary>
public static class Difficulties
{
    public static IReadOnlyList<Difficulty> All { get; } =
    [
        D("no-device-or-connection",
            "Pas d'appareil ou de connexion", "Geen toestel of verbinding", "No device or connection",
            "Pas d'ordinateur, de smartphone, de données mobiles ou de wifi; appareil trop ancien ou cassé.",
            "Geen computer, smartphone, mobiele data of wifi; toestel te oud of stuk.",
            "No computer, smartphone, mobile data or wifi; a device too old or broken."),
        D("login-and-identity",
            "Se connecter, prouver qui on est", "Aanmelden en identiteit", "Logging in and identity",
            "itsme, eID et lecteur de carte, mots de passe oubliés, codes reçus par SMS, compte bloqué.",
            "itsme, eID en kaartlezer, vergeten wachtwoorden, sms-codes, geblokkeerd account.",
            "itsme, eID and card reader, forgotten passwords, codes by SMS, a locked account."),
        D("language-or-jargon",
            "Langue ou jargon", "Taal of vakjargon", "Language or jargon",
            "Le site n'existe pas dans sa langue, ou les mots de l'administration ne se comprennent pas.",
            "De site bestaat niet in de eigen taal, of de woorden van de administratie zijn onbegrijpelijk.",
            "The site is not in the person's language, or the administration's words cannot be understood."),
        D("finding-the-way",
            "S'orienter dans un site ou une appli", "De weg vinden in een site of app", "Finding one's way in a site or app",
            "Trouver le bon menu, le bon formulaire, revenir en arrière, comprendre où on est.",
            "Het juiste menu of formulier vinden, teruggaan, begrijpen waar men is.",
            "Finding the right menu or form, going back, understanding where one is."),
        D("forms-and-documents",
            "Formulaires et documents", "Formulieren en documenten", "Forms and documents",
            "Remplir un formulaire, scanner, joindre un fichier, signer électroniquement.",
            "Een formulier invullen, scannen, een bestand bijvoegen, elektronisch ondertekenen.",
            "Filling in a form, scanning, attaching a file, signing electronically."),
        D("paying",
            "Payer", "Betalen", "Paying",
            "Virement, code QR, application bancaire, paiement en ligne refusé.",
            "Overschrijving, QR-code, bankapp, geweigerde online betaling.",
            "A transfer, a QR code, a banking app, an online payment refused."),
        D("appointments",
            "Rendez-vous", "Afspraken", "Appointments",
            "Prendre, déplacer ou annuler un rendez-vous en ligne.",
            "Online een afspraak maken, verzetten of annuleren.",
            "Booking, moving or cancelling an appointment online."),
        D("security-and-scams",
            "Sécurité, arnaques et fraude", "Veiligheid, oplichting en fraude", "Security, scams and fraud",
            "SMS ou mail suspect, hameçonnage, compte piraté, virus, argent perdu.",
            "Verdachte sms of mail, phishing, gehackt account, virus, verloren geld.",
            "A suspicious SMS or mail, phishing, a hacked account, a virus, money lost."),
        D("service-broken",
            "Le service lui-même ne marche pas", "De dienst zelf werkt niet", "The service itself broken or unreachable",
            "Site en panne, erreur qui revient, aucune alternative hors ligne, personne à joindre.",
            "Site plat, terugkerende fout, geen offline alternatief, niemand bereikbaar.",
            "A site down, an error that comes back, no offline way, nobody to reach."),
        D("other",
            "Autre", "Andere", "Other",
            "Ce qui n'entre dans aucune autre catégorie.",
            "Wat in geen enkele andere categorie past.",
            "What fits no other kind."),
    ];

    public static bool IsKnown(string? code) => All.Any(d => d.Code == code);

    public static IEnumerable<string> Codes => All.Select(d => d.Code);

    private static Difficulty D(string code, string fr, string nl, string en, string coversFr, string coversNl, string coversEn) =>
        new(code, new Label(fr, nl, en), new Label(coversFr, coversNl, coversEn));
}
