using LivingLibrary.Domain.Cases;

namespace LivingLibrary.Domain.Referral;

/// <summary>A partner a case could be referred to, and why (messages the reader's language words: docs/adr/0020).</summary>
public sealed record PartnerSuggestion(Guid PartnerId, string Name, PartnerKind Kind, int Score, IReadOnlyList<Message> Reasons,
    string? Contact, string? OpeningHours, string? Accessibility);

/// <summary>
/// Which active partners fit a case: one that handles its service counts most, then its kind of
/// difficulty, a language the person speaks, and the person's area. A partner that handles neither the
/// service nor the difficulty is not suggested. Best first; ties by name.
/// </summary>
public static class PartnerSuggestions
{
    public const int ServiceWeight = 4;
    public const int DifficultyWeight = 2;
    public const int LanguageWeight = 2;
    public const int AreaWeight = 1;

    public static IReadOnlyList<PartnerSuggestion> For(CaseDetails details, IReadOnlyList<string> languages, string? area, IEnumerable<Partner> partners)
    {
        var suggestions = new List<PartnerSuggestion>();
        foreach (var partner in partners.Where(p => p.IsActive))
        {
            var d = partner.Details;
            var reasons = new List<Message>();
            var score = 0;
            if (d.Services.Contains(details.Service))
            {
                score += ServiceWeight;
                reasons.Add(Says.HandlesService(details.Service));
            }
            if (d.Difficulties.Contains(details.Difficulty))
            {
                score += DifficultyWeight;
                reasons.Add(Says.HelpsWithDifficulty(details.Difficulty));
            }
            if (score == 0) continue;
            var spoken = languages.Where(l => d.Languages.Contains(l)).ToList();
            if (spoken.Count > 0)
            {
                score += LanguageWeight;
                reasons.Add(Says.Speaks(spoken));
            }
            if (area is not null && d.Areas.Any(a => string.Equals(a, area, StringComparison.OrdinalIgnoreCase)))
            {
                score += AreaWeight;
                reasons.Add(Says.ServesArea(area));
            }
            suggestions.Add(new PartnerSuggestion(partner.Id, d.Name, d.Kind, score, reasons, d.Contact, d.OpeningHours, d.Accessibility));
        }
        return [.. suggestions.OrderByDescending(s => s.Score).ThenBy(s => s.Name, StringComparer.Ordinal)];
    }
}
