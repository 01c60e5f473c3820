using System.Globalization;
using LivingLibrary.Domain.Pairings.Suggestions;

namespace LivingLibrary.Api.Pairings;

/// <summary>The planner's explanations in words, with the people's display names and the skills' and languages' names.</summary>
public static class Words
{
    public static PairingWords For(IEnumerable<Participant> people, SkillCatalogue skills)
    {
        var names = people.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First().Person.DisplayName);
        return new PairingWords(
            id => names.GetValueOrDefault(id),
            code => skills.LabelOf(Skill.FromCode(code))?.En.ToLowerInvariant(),
            LanguageName);
    }

    private static string? LanguageName(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            return culture.ThreeLetterISOLanguageName == "ivl" || culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal) ? null : culture.EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
