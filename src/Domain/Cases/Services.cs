using System.ComponentModel.DataAnnotations;
using System.Collections.Frozen;

namespace LivingLibrary.Domain.Cases;

/// <summary>A public service or provider that people meet online, as a case names it.</summary>
public sealed record Service(string Code, Label Name);

/// <summary>
/// The built-in list of public services and providers that Belgian groups and drop-ins meet most
/// (seeds 000 and 002). Codes are stable; an organisation adds its own (<see cref="OrganisationService"/>).
/// </summary>
public static class Services
{
    public static IReadOnlyList<Service> BuiltIn { get; } =
    [
        S("itsme", "itsme", "itsme", "itsme"),
        S("eid", "Carte d'identité électronique (eID, lecteur de carte)", "Elektronische identiteitskaart (eID, kaartlezer)", "Electronic identity card (eID, card reader)"),
        S("myminfin", "MyMinfin / Tax-on-web (impôts)", "MyMinfin / Tax-on-web (belastingen)", "MyMinfin / Tax-on-web (taxes)"),
        S("ebox", "eBox (documents officiels)", "eBox (officiële documenten)", "eBox (official documents)"),
        S("cpas-ocmw", "CPAS", "OCMW", "Public social welfare centre (CPAS/OCMW)"),
        S("health-insurance", "Mutualité", "Ziekenfonds", "Health insurance fund"),
        S("mma-health", "Ma santé / dossier médical en ligne", "Mijn gezondheid / online medisch dossier", "My health / online medical record"),
        S("bank", "Banque", "Bank", "Bank"),
        S("energy-supplier", "Fournisseur d'énergie", "Energieleverancier", "Energy supplier"),
        S("water-supplier", "Distributeur d'eau", "Waterleverancier", "Water supplier"),
        S("telecom-operator", "Opérateur télécom (internet, téléphone)", "Telecomoperator (internet, telefoon)", "Telecom operator (internet, phone)"),
        S("employment-office", "Forem / Actiris / VDAB", "VDAB / Actiris / Forem", "Employment office (Forem, Actiris, VDAB)"),
        S("commune", "Commune (guichet, documents)", "Gemeente (loket, documenten)", "Municipality (counter, documents)"),
        S("sncb-nmbs", "SNCB", "NMBS", "Belgian railways (SNCB/NMBS)"),
        S("stib-delijn-tec", "STIB / De Lijn / TEC", "MIVB / De Lijn / TEC", "Public transport (STIB, De Lijn, TEC)"),
        S("mypension", "MyPension", "MyPension", "MyPension"),
        S("family-allowance", "Allocations familiales", "Groeipakket / kinderbijslag", "Family allowance"),
        S("housing", "Logement (social, location)", "Huisvesting (sociaal, huur)", "Housing (social, rental)"),
        S("post-bpost", "bpost (colis, recommandés)", "bpost (pakjes, aangetekende zendingen)", "bpost (parcels, registered mail)"),
        S("school", "École (plateforme, inscriptions)", "School (platform, inschrijvingen)", "School (platform, enrolment)"),
        S("doctor-appointments", "Rendez-vous médicaux (Doctena, hôpital)", "Medische afspraken (Doctena, ziekenhuis)", "Medical appointments (Doctena, hospital)"),
        S("webshop", "Achats en ligne", "Online winkels", "Online shops"),
        S("messaging-social", "Messageries et réseaux sociaux (WhatsApp, Facebook)", "Berichtenapps en sociale netwerken (WhatsApp, Facebook)", "Messaging and social networks (WhatsApp, Facebook)"),
        S("other", "Autre", "Andere", "Other"),
    ];

    private static readonly FrozenDictionary<string, Service> ByCode = BuiltIn.ToFrozenDictionary(s => s.Code);

    public static Service? FindBuiltIn(string? code) => code is not null && ByCode.TryGetValue(code, out var s) ? s : null;

    private static Service S(string code, string fr, string nl, string en) => new(code, new Label(fr, nl, en));
}

/// <summary>The services a case may name in one organisation: the built-in list and the organisation's own.</summary>
public sealed class ServiceList(IEnumerable<Service> organisationServices)
{
    public static ServiceList BuiltIn { get; } = new([]);

    public IReadOnlyList<Service> All { get; } = [.. Services.BuiltIn, .. organisationServices];

    public Service? Find(string? code) => All.FirstOrDefault(s => s.Code == code);

    public bool IsKnown(string? code) => Find(code) is not null;
}

/// <summary>A service an organisation adds to the built-in list (a local housing agency, a regional portal).</summary>
public sealed record OrganisationServiceAdded(Guid ServiceId, string Code, Label Name);

public sealed record AddOrganisationService([Required] string? Code, string? NameFr, string? NameNl, string? NameEn)
{
    public const int CodeMax = 60;
    public const int NameMax = 120;

    public Refusal? Check(ServiceList current) =>
        new Fields()
            .Text("code", Code, CodeMax)
            .Check("code", Code is null || EverydayTasks.IsWellFormedCode(Code), Says.KebabCode("liege-housing-agency"))
            .Check("code", Code is null || !current.IsKnown(Code), Says.ServiceExists(Code))
            .Check("name", new[] { NameFr, NameNl, NameEn }.Any(n => !string.IsNullOrWhiteSpace(n)), Says.RequiredInOneLanguage(["nameFr", "nameNl", "nameEn"]))
            .Text("nameFr", NameFr, NameMax, required: false)
            .Text("nameNl", NameNl, NameMax, required: false)
            .Text("nameEn", NameEn, NameMax, required: false)
            .Refusal();

    public Decision Decide(Guid serviceId, ServiceList current) =>
        Check(current) ?? Decision.Append(new OrganisationServiceAdded(serviceId, Code!, new Label(NameFr ?? "", NameNl ?? "", NameEn ?? "")));
}

public sealed record OrganisationService(Guid Id, string Code, Label Name)
{
    public int Version { get; set; }

    public static OrganisationService Create(OrganisationServiceAdded e) => new(e.ServiceId, e.Code, e.Name);

    public Service ToService() => new(Code, Name);
}
