namespace LivingLibrary.Api.ConsolePages;

/// <summary>
/// The easy-to-read (FALC) rules of the participants' own space (docs/adr/0028), in one place: the pages follow them and the
/// tests (tests/Api.Tests/Me/EasyToReadTests, the browser's ParticipantPagesInBrowserTests) measure every page against them.
/// </summary>
public static class EasyToRead
{
    /// <summary>The most words a French sentence of a participant's page may have.</summary>
    public const int MaxWordsInASentence = 15;

    /// <summary>The smallest link, button or field a finger must hit, in CSS pixels, at any zoom.</summary>
    public const int MinTargetPx = 48;

    /// <summary>The most a page may weigh on the wire with everything it fetches (HTML and style sheet, compressed), in bytes.</summary>
    public const int MaxPageBytes = 30 * 1024;

    /// <summary>The narrowest screen the pages fit, in CSS pixels, and the text zoom they still work at (percent).</summary>
    public const int PhoneWidthPx = 360, TextZoomPercent = 200;

    /// <summary>
    /// Words a participant's page never says (in French, the language the sentences are measured in): the staff's and the
    /// project's terms, and words for what a machine does. Each is matched as the start of a word, so that "compétences",
    /// "référé" and "identifiants" are caught too.
    /// </summary>
    public static readonly IReadOnlyList<string> Jargon =
    [
        "digcomp", "compétence", "campagne", "accompagnement", "accompagnateur", "accompagnatrice", "référer", "référé", "référent",
        "statut", "identifiant", "pseudonyme", "item", "idempotence", "bénéficiaire", "apprenant", "facilitateur", "facilitatrice",
        "cohorte", "indicateur", "token", "jeton", "authentifi", "requête", "paramètre", "url", "login", "rgpd",
    ];

    /// <summary>Signs that a sentence is not plain: a median point of inclusive writing ("connecté·e": say it another way).</summary>
    public static readonly IReadOnlyList<string> NotPlain = ["·"];
}
