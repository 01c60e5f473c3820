namespace LivingLibrary.Domain.Competences;

/// <summary>
/// The EU's Digital Competence Framework for Citizens, version 2.2: the reference that keeps
/// results comparable across groups and organisations. Codes are stable and never reused.
/// </summary>
public static class DigComp
{
    public const int MinLevel = 1;
    public const int MaxLevel = 8;

    public static IReadOnlyList<Area> Areas { get; } =
    [
        new("1", new("Informations et données", "Informatie- en datageletterdheid", "Information and data literacy")),
        new("2", new("Communication et collaboration", "Communicatie en samenwerking", "Communication and collaboration")),
        new("3", new("Création de contenus numériques", "Digitale contentcreatie", "Digital content creation")),
        new("4", new("Protection et sécurité", "Veiligheid", "Safety")),
        new("5", new("Résolution de problèmes", "Problemen oplossen", "Problem solving")),
    ];

    /// <summary>The 21 competences, ordered by code.</summary>
    public static IReadOnlyList<Competence> Competences { get; } =
    [
        C("1.1",
            "Naviguer, rechercher et filtrer des données, des informations et des contenus numériques",
            "Browsen, zoeken en filteren van gegevens, informatie en digitale inhoud",
            "Browsing, searching and filtering data, information and digital content"),
        C("1.2",
            "Évaluer des données, des informations et des contenus numériques",
            "Evalueren van gegevens, informatie en digitale inhoud",
            "Evaluating data, information and digital content"),
        C("1.3",
            "Gérer des données, des informations et des contenus numériques",
            "Beheren van gegevens, informatie en digitale inhoud",
            "Managing data, information and digital content"),
        C("2.1",
            "Interagir par le biais des technologies numériques",
            "Interageren via digitale technologieën",
            "Interacting through digital technologies"),
        C("2.2",
            "Partager par le biais des technologies numériques",
            "Delen via digitale technologieën",
            "Sharing through digital technologies"),
        C("2.3",
            "S'engager dans la citoyenneté par le biais des technologies numériques",
            "Burgerschap uitoefenen via digitale technologieën",
            "Engaging in citizenship through digital technologies"),
        C("2.4",
            "Collaborer par le biais des technologies numériques",
            "Samenwerken via digitale technologieën",
            "Collaborating through digital technologies"),
        C("2.5",
            "Nétiquette",
            "Netiquette",
            "Netiquette"),
        C("2.6",
            "Gérer son identité numérique",
            "Beheren van de digitale identiteit",
            "Managing digital identity"),
        C("3.1",
            "Développer des contenus numériques",
            "Ontwikkelen van digitale inhoud",
            "Developing digital content"),
        C("3.2",
            "Intégrer et réélaborer des contenus numériques",
            "Integreren en herwerken van digitale inhoud",
            "Integrating and re-elaborating digital content"),
        C("3.3",
            "Droits d'auteur et licences",
            "Auteursrecht en licenties",
            "Copyright and licences"),
        C("3.4",
            "Programmation",
            "Programmeren",
            "Programming"),
        C("4.1",
            "Protéger les appareils",
            "Beschermen van apparaten",
            "Protecting devices"),
        C("4.2",
            "Protéger les données personnelles et la vie privée",
            "Beschermen van persoonsgegevens en privacy",
            "Protecting personal data and privacy"),
        C("4.3",
            "Protéger la santé et le bien-être",
            "Beschermen van gezondheid en welzijn",
            "Protecting health and well-being"),
        C("4.4",
            "Protéger l'environnement",
            "Beschermen van het milieu",
            "Protecting the environment"),
        C("5.1",
            "Résoudre des problèmes techniques",
            "Oplossen van technische problemen",
            "Solving technical problems"),
        C("5.2",
            "Identifier des besoins et des réponses technologiques",
            "Identificeren van behoeften en technologische antwoorden",
            "Identifying needs and technological responses"),
        C("5.3",
            "Utiliser de manière créative les technologies numériques",
            "Creatief gebruiken van digitale technologieën",
            "Creatively using digital technologies"),
        C("5.4",
            "Identifier les lacunes en matière de compétences numériques",
            "Identificeren van lacunes in digitale competenties",
            "Identifying digital competence gaps"),
    ];

    public static IReadOnlyList<ProficiencyBand> Bands { get; } =
    [
        new(Band.Foundation, 1, 2, new("Fondamental", "Basis", "Foundation")),
        new(Band.Intermediate, 3, 4, new("Intermédiaire", "Gemiddeld", "Intermediate")),
        new(Band.Advanced, 5, 6, new("Avancé", "Gevorderd", "Advanced")),
        new(Band.HighlySpecialised, 7, 8, new("Hautement spécialisé", "Hooggespecialiseerd", "Highly specialised")),
    ];

    /// <summary>
    /// Levels 1 to 8 in the first person, after DigComp's three criteria: how complex the task,
    /// how autonomous the person, and what they do with what they know.
    /// </summary>
    public static IReadOnlyList<ProficiencyLevel> Levels { get; } =
    [
        L(1, "Je fais des choses simples, avec de l'aide.",
            "Ik doe eenvoudige dingen, met hulp.",
            "I do simple things, with help."),
        L(2, "Je fais des choses simples seul, avec de l'aide si besoin.",
            "Ik doe eenvoudige dingen alleen, met hulp als het nodig is.",
            "I do simple things on my own, with help when I need it."),
        L(3, "Je fais seul les choses habituelles et je règle les problèmes simples.",
            "Ik doe de gewone dingen alleen en los eenvoudige problemen op.",
            "I do the usual things on my own and solve simple problems."),
        L(4, "Je me débrouille seul selon mes besoins, même quand ça sort de l'habitude.",
            "Ik red me alleen met wat ik nodig heb, ook als het anders loopt dan gewoonlijk.",
            "I manage on my own for what I need, even when things are out of the ordinary."),
        L(5, "Je m'adapte à des tâches variées et j'aide les autres.",
            "Ik kan verschillende taken aan en help anderen.",
            "I handle varied tasks and problems, and I help others."),
        L(6, "Je choisis la meilleure façon de faire et j'accompagne les autres quand c'est compliqué.",
            "Ik kies de beste aanpak en begeleid anderen als het ingewikkeld wordt.",
            "I choose the best way to do things and guide others when it gets complicated."),
        L(7, "Je résous des problèmes complexes et je fais progresser la pratique de mon métier.",
            "Ik los complexe problemen op en help de praktijk in mijn vak vooruit.",
            "I solve complex problems and help my profession's practice move forward."),
        L(8, "Je résous des problèmes très complexes et j'apporte des idées nouvelles dans mon domaine.",
            "Ik los zeer complexe problemen op en breng nieuwe ideeën in mijn vakgebied.",
            "I solve very complex problems and bring new ideas to my field."),
    ];

    private static readonly Dictionary<string, Competence> ByCode = Competences.ToDictionary(c => c.Code);

    /// <summary>The competence with this code ("4.2"), or null.</summary>
    public static Competence? Find(string? code) =>
        code is not null && ByCode.TryGetValue(code, out var competence) ? competence : null;

    public static bool IsCompetence(string? code) => Find(code) is not null;

    /// <summary>The area of the competence with this code ("4.2" is in area "4"), or null when there is no such competence.</summary>
    public static Area? AreaOf(string? competenceCode) =>
        Find(competenceCode) is { } competence ? Areas.Single(a => a.Code == competence.AreaCode) : null;

    public static IReadOnlyList<Competence> CompetencesIn(string? areaCode) =>
        [.. Competences.Where(c => c.AreaCode == areaCode)];

    public static bool IsLevel(int level) => level is >= MinLevel and <= MaxLevel;

    public static Band BandOf(int level) =>
        IsLevel(level)
            ? (Band)((level - 1) / 2)
            : throw new ArgumentOutOfRangeException(nameof(level), level, $"A DigComp level is from {MinLevel} to {MaxLevel}.");

    public static Label LabelOf(Band band) => Bands.Single(b => b.Band == band).Name;

    private static Competence C(string code, string fr, string nl, string en) =>
        new(code, code[..code.IndexOf('.')], new(fr, nl, en));

    private static ProficiencyLevel L(int number, string fr, string nl, string en) =>
        new(number, (Band)((number - 1) / 2), new(fr, nl, en));
}
