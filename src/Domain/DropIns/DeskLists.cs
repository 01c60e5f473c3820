using System.ComponentModel.DataAnnotations;
namespace LivingLibrary.Domain.DropIns;

/// <summary>A code of one of the lists a desk is described by, and its name in the three languages.</summary>
public sealed record DeskCode(string Code, Label Name);

/// <summary>The lists an organisation adds its own codes to; accessibility is built in only (a shared meaning is its point).</summary>
public enum DeskList { HostPlace, StaffKind }

/// <summary>
/// The built-in codes a desk is described by (seed 002: desks hosted by food banks and social-services antennas,
/// staffed by volunteers, employees and public IT workers). Codes are stable; an organisation adds its own host
/// places and staff kinds (<see cref="DeskListEntry"/>).
/// </summary>
public static class DeskLists
{
    public static IReadOnlyList<DeskCode> HostPlaces { get; } =
    [
        C("public-digital-space", "Espace public numérique", "Openbare digitale ruimte (OCR/EPN)", "Public digital space"),
        C("social-services", "Antenne du CPAS / service social", "Antenne van het OCMW / sociale dienst", "Social-services antenna (CPAS/OCMW)"),
        C("food-bank", "Banque alimentaire / épicerie sociale", "Voedselbank / sociale kruidenier", "Food bank or social grocery"),
        C("library", "Bibliothèque", "Bibliotheek", "Public library"),
        C("community-centre", "Maison de quartier / centre communautaire", "Buurthuis / gemeenschapscentrum", "Community centre"),
        C("municipal-office", "Administration communale", "Gemeentehuis", "Municipal office"),
        C("association", "Locaux d'une association", "Lokaal van een vereniging", "An association's premises"),
        C("school", "École", "School", "School"),
    ];

    public static IReadOnlyList<DeskCode> StaffKinds { get; } =
    [
        C("volunteer", "Bénévole", "Vrijwilliger", "Volunteer"),
        C("employee", "Salarié·e de l'association", "Medewerker van de vereniging", "The organisation's employee"),
        C("public-it-worker", "Écrivain public numérique / agent public", "Digitale schrijver / openbare medewerker", "Public IT worker"),
        C("social-worker", "Travailleur·se social·e", "Maatschappelijk werker", "Social worker"),
        C("peer-helper", "Pair aidant·e (participant·e)", "Ervaringsdeskundige (deelnemer)", "Peer helper (a participant)"),
    ];

    public static IReadOnlyList<DeskCode> Accessibility { get; } =
    [
        C("step-free-access", "Accès de plain-pied", "Drempelvrije toegang", "Step-free access"),
        C("accessible-toilet", "Toilette accessible", "Toegankelijk toilet", "Accessible toilet"),
        C("hearing-loop", "Boucle magnétique", "Ringleiding", "Hearing loop"),
        C("sign-language", "Langue des signes", "Gebarentaal", "Sign language"),
        C("easy-to-read", "Aide en langage facile à lire", "Hulp in eenvoudige taal", "Help in easy-to-read language"),
        C("large-screens", "Grands écrans, clavier adapté", "Grote schermen, aangepast toetsenbord", "Large screens, adapted keyboard"),
        C("quiet-room", "Pièce calme", "Rustige ruimte", "Quiet room"),
        C("children-welcome", "Enfants bienvenus", "Kinderen welkom", "Children welcome"),
    ];

    private static DeskCode C(string code, string fr, string nl, string en) => new(code, new Label(fr, nl, en));
}

/// <summary>The codes a desk of one organisation may be described by: the built-in lists and the organisation's own.</summary>
public sealed class DeskVocabulary(IEnumerable<DeskListEntry> own)
{
    public static DeskVocabulary BuiltIn { get; } = new([]);

    private readonly IReadOnlyList<DeskListEntry> _own = [.. own];

    public IReadOnlyList<DeskCode> HostPlaces => [.. DeskLists.HostPlaces, .. Own(DeskList.HostPlace)];
    public IReadOnlyList<DeskCode> StaffKinds => [.. DeskLists.StaffKinds, .. Own(DeskList.StaffKind)];
    public IReadOnlyList<DeskCode> Accessibility => DeskLists.Accessibility;

    public IReadOnlyList<DeskCode> Of(DeskList list) => list == DeskList.HostPlace ? HostPlaces : StaffKinds;

    public DeskCode? Find(IReadOnlyList<DeskCode> list, string? code) => list.FirstOrDefault(c => c.Code == code);

    private IEnumerable<DeskCode> Own(DeskList list) => _own.Where(e => e.List == list).OrderBy(e => e.Code, StringComparer.Ordinal).Select(e => e.ToCode());
}

/// <summary>A host place or a staff kind an organisation adds to the built-in list (a parish hall, a job-coach).</summary>
public sealed record DeskListEntryAdded(Guid EntryId, DeskList List, string Code, Label Name);

public sealed record AddDeskListEntry([Required] string? Code, string? NameFr, string? NameNl, string? NameEn)
{
    public const int CodeMax = 60;
    public const int NameMax = 120;

    public Refusal? Check(DeskList list, DeskVocabulary current) =>
        new Fields()
            .Text("code", Code, CodeMax)
            .Check("code", Code is null || EverydayTasks.IsWellFormedCode(Code), Says.KebabCode(list == DeskList.HostPlace ? "parish-hall" : "job-coach"))
            .Check("code", Code is null || current.Find(current.Of(list), Code) is null, Says.DeskCodeExists(Code))
            .Check("name", new[] { NameFr, NameNl, NameEn }.Any(n => !string.IsNullOrWhiteSpace(n)), Says.RequiredInOneLanguage(["nameFr", "nameNl", "nameEn"]))
            .Text("nameFr", NameFr, NameMax, required: false)
            .Text("nameNl", NameNl, NameMax, required: false)
            .Text("nameEn", NameEn, NameMax, required: false)
            .Refusal();

    public Decision Decide(Guid entryId, DeskList list, DeskVocabulary current) =>
        Check(list, current) ?? Decision.Append(new DeskListEntryAdded(entryId, list, Code!, new Label(NameFr ?? "", NameNl ?? "", NameEn ?? "")));
}

public sealed record DeskListEntry(Guid Id, DeskList List, string Code, Label Name)
{
    public int Version { get; set; }

    public static DeskListEntry Create(DeskListEntryAdded e) => new(e.EntryId, e.List, e.Code, e.Name);

    public DeskCode ToCode() => new(Code, Name);
}
