using LivingLibrary.Domain.Cases;

namespace LivingLibrary.Domain.Referral;

/// <summary>
/// A partner a case could be referred to, and why (messages the reader's language words: docs/adr/0020): a partner of the
/// organisation's directory, or a desk of another member of one of its networks (<see cref="Member"/>, docs/adr/0033).
/// </summary>
public sealed record PartnerSuggestion(Guid? PartnerId, string Name, PartnerKind Kind, int Score, IReadOnlyList<Message> Reasons,
    string? Contact, string? OpeningHours, string? Accessibility, SuggestedMember? Member = null);

/// <summary>Where a referral to a network's member goes: the network, the member and its desk.</summary>
public sealed record SuggestedMember(Guid NetworkId, string OrganisationId, Guid DeskId);

/// <summary>An open desk of another member of a network, as suggestions weigh it: what it handles, speaks and serves.</summary>
public sealed record MemberDesk(SuggestedMember Where, string Name, IReadOnlyList<string> Services, IReadOnlyList<string> Languages,
    IReadOnlyList<string> Areas);

/// <summary>
/// Which active partners and network members' desks fit a case: one that handles its service counts most, then its kind of
/// difficulty, a language the person speaks, and the person's area. A partner that handles neither the service nor the
/// difficulty is not suggested; a member's desk is a public digital help desk, suggested when anything fits. Best first;
/// ties by name.
/// </summary>
public static class PartnerSuggestions
{
    public const int ServiceWeight = 4;
    public const int DifficultyWeight = 2;
    public const int LanguageWeight = 2;
    public const int AreaWeight = 1;

    public static IReadOnlyList<PartnerSuggestion> For(CaseDetails details, IReadOnlyList<string> languages, string? area, IEnumerable<Partner> partners,
        IEnumerable<MemberDesk>? desks = null)
    {
        var suggestions = new List<PartnerSuggestion>();
        foreach (var partner in partners.Where(p => p.IsActive))
        {
            var d = partner.Details;
            var (handles, handlesWhy) = Handles(details, d.Services, d.Difficulties);
            if (handles == 0) continue;
            var (reaches, reachesWhy) = Reaches(languages, area, d.Languages, d.Areas);
            suggestions.Add(new PartnerSuggestion(partner.Id, d.Name, d.Kind, handles + reaches, [.. handlesWhy, .. reachesWhy], d.Contact, d.OpeningHours,
                d.Accessibility));
        }
        foreach (var desk in desks ?? [])
        {
            var (handles, handlesWhy) = Handles(details, desk.Services, []);
            var (reaches, reachesWhy) = Reaches(languages, area, desk.Languages, desk.Areas);
            if (handles + reaches == 0) continue;
            suggestions.Add(new PartnerSuggestion(null, desk.Name, PartnerKind.PublicDigitalSpace, handles + reaches, [.. handlesWhy, .. reachesWhy],
                null, null, null, desk.Where));
        }
        return [.. suggestions.OrderByDescending(s => s.Score).ThenBy(s => s.Name, StringComparer.Ordinal)];
    }

    private static (int Score, IReadOnlyList<Message> Reasons) Handles(CaseDetails details, IReadOnlyList<string> services, IReadOnlyList<string> difficulties)
    {
        var reasons = new List<Message>();
        var score = 0;
        if (services.Contains(details.Service))
        {
            score += ServiceWeight;
            reasons.Add(Says.HandlesService(details.Service));
        }
        if (difficulties.Contains(details.Difficulty))
        {
            score += DifficultyWeight;
            reasons.Add(Says.HelpsWithDifficulty(details.Difficulty));
        }
        return (score, reasons);
    }

    private static (int Score, IReadOnlyList<Message> Reasons) Reaches(IReadOnlyList<string> languages, string? area, IReadOnlyList<string> spokenThere,
        IReadOnlyList<string> areas)
    {
        var reasons = new List<Message>();
        var score = 0;
        var spoken = languages.Where(spokenThere.Contains).ToList();
        if (spoken.Count > 0)
        {
            score += LanguageWeight;
            reasons.Add(Says.Speaks(spoken));
        }
        if (area is not null && areas.Any(a => string.Equals(a, area, StringComparison.OrdinalIgnoreCase)))
        {
            score += AreaWeight;
            reasons.Add(Says.ServesArea(area));
        }
        return (score, reasons);
    }
}
