using System.ComponentModel.DataAnnotations;
using LivingLibrary.Domain.Cases;

namespace LivingLibrary.Domain.Referral;

public enum PartnerKind
{
    SocialServices,
    PublicServiceCounter,
    PublicDigitalSpace,
    Library,
    LegalAid,
    Association,
    Other,
}

/// <summary>What the directory says of a partner. Organisational data, not a person's.</summary>
public sealed record PartnerDetails(
    string Name,
    PartnerKind Kind,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Difficulties,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Areas,
    string? Contact,
    string? OpeningHours,
    string? Accessibility);

public sealed record PartnerListed(Guid PartnerId, PartnerDetails Details);

public sealed record PartnerDetailsChanged(Guid PartnerId, PartnerDetails Details);

public sealed record PartnerDeactivated(Guid PartnerId, string? Reason);

public sealed record PartnerReactivated(Guid PartnerId);

/// <summary>A partner of the organisation's referral directory. Deactivated, never deleted: past referrals name it.</summary>
public sealed record Partner(Guid Id, PartnerDetails Details, bool IsActive)
{
    public const int NameMax = 160;
    public const int TextMax = 300;
    public const int MaxAreas = 50;

    public int Version { get; set; }

    public static Partner Create(PartnerListed e) => new(e.PartnerId, e.Details, true);

    public Partner Apply(PartnerDetailsChanged e) => this with { Details = e.Details };

    public Partner Apply(PartnerDeactivated _) => this with { IsActive = false };

    public Partner Apply(PartnerReactivated _) => this with { IsActive = true };
}

/// <summary>The directory's entry for a partner, as given in a command (listing it, or changing it).</summary>
public sealed record PartnerEntry([Required] string? Name, [Required] PartnerKind? Kind, [Required] IReadOnlyList<string>? Services, IReadOnlyList<string>? Difficulties,
    [Required] IReadOnlyList<string>? Languages, IReadOnlyList<string>? Areas, string? Contact, string? OpeningHours, string? Accessibility)
{
    public Refusal? Check(ServiceList services)
    {
        var fields = new Fields()
            .Text("name", Name, Partner.NameMax)
            .Choice("kind", Kind)
            .Check("services", Services is not null && (Services.Count > 0 || Difficulties is { Count: > 0 }),
                Says.HandlesSomething)
            .Check("services", Services is null || Services.All(services.IsKnown),
                Says.KnownServices(services.All.Select(s => s.Code)))
            .Check("difficulties", Difficulties is null || Difficulties.All(Cases.Difficulties.IsKnown), Says.KindsOfDifficulty(Cases.Difficulties.Codes))
            .Languages("languages", Languages)
            .Check("areas", Areas is null || Areas.Count <= Partner.MaxAreas, Says.TooManyAreas(Partner.MaxAreas))
            .Text("contact", Contact, Partner.TextMax, required: false)
            .Text("openingHours", OpeningHours, Partner.TextMax, required: false)
            .Text("accessibility", Accessibility, Partner.TextMax, required: false);
        foreach (var area in (Areas ?? []).Take(Partner.MaxAreas)) fields.Text("areas", area, CaseRules.PostcodeAreaMax);
        return fields.Refusal();
    }

    public PartnerDetails ToDetails() =>
        new(Name!, Kind!.Value, [.. Services!.Distinct()], [.. (Difficulties ?? []).Distinct()], [.. Languages!.Distinct()],
            [.. (Areas ?? []).Distinct()], Fields.Blank(Contact), Fields.Blank(OpeningHours), Fields.Blank(Accessibility));
}

public sealed record ListPartner([Required] PartnerEntry? Partner)
{
    public Decision Decide(Guid partnerId, ServiceList services) =>
        (Partner is null ? Refusal.Invalid("partner", Says.Required) : Partner.Check(services))
        ?? Decision.Append(new PartnerListed(partnerId, Partner!.ToDetails()));
}

public sealed record ChangePartner([Required] PartnerEntry? Partner)
{
    public Decision Decide(Partner partner, ServiceList services) =>
        (Partner is null ? Refusal.Invalid("partner", Says.Required) : Partner.Check(services))
        ?? (Partner!.ToDetails() is var details && Same(details, partner.Details) ? Decision.Nothing : Decision.Append(new PartnerDetailsChanged(partner.Id, details)));

    private static bool Same(PartnerDetails a, PartnerDetails b) =>
        a with { Services = b.Services, Difficulties = b.Difficulties, Languages = b.Languages, Areas = b.Areas } == b
        && a.Services.SequenceEqual(b.Services) && a.Difficulties.SequenceEqual(b.Difficulties)
        && a.Languages.SequenceEqual(b.Languages) && a.Areas.SequenceEqual(b.Areas);
}

public sealed record DeactivatePartner(string? Reason)
{
    public Decision Decide(Partner partner) =>
        new Fields().Text("reason", Reason, CaseRules.ReasonMax, required: false).Refusal()
        ?? (partner.IsActive ? Decision.Append(new PartnerDeactivated(partner.Id, Fields.Blank(Reason))) : Decision.Nothing);
}

public sealed record ReactivatePartner
{
    public Decision Decide(Partner partner) => partner.IsActive ? Decision.Nothing : Decision.Append(new PartnerReactivated(partner.Id));
}
