using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Domain.Competences;

/// <summary>A level in a DigComp competence: assessed directly, or derived from the everyday tasks mapped to it.</summary>
public sealed record CompetenceLevel(int Level, DateOnly AssessedOn, IReadOnlyList<string>? DerivedFromTasks);

/// <summary>
/// How task assessments count in DigComp (docs/adr/0006): a competence assessed directly keeps that
/// level; otherwise its level is the median of the latest levels of the tasks mapped to it that the
/// person was assessed on (the lower middle one for an even count, so as not to overstate), dated by
/// the most recent of them and marked with the tasks it came from.
/// </summary>
public static class CompetenceRollUp
{
    public static IReadOnlyDictionary<string, CompetenceLevel> Of(IReadOnlyDictionary<string, SkillLevel> levels, SkillCatalogue skills)
    {
        var result = levels.Where(l => DigComp.IsCompetence(l.Key))
            .ToDictionary(l => l.Key, l => new CompetenceLevel(l.Value.Level, l.Value.AssessedOn, null));
        var fromTasks = levels.Where(l => !DigComp.IsCompetence(l.Key))
            .SelectMany(l => skills.CompetencesOf(Skill.Task(l.Key)).Select(c => (Competence: c.Code, Task: l.Key, l.Value)))
            .GroupBy(x => x.Competence)
            .Where(g => !result.ContainsKey(g.Key));
        foreach (var tasks in fromTasks)
        {
            var ordered = tasks.OrderBy(t => t.Value.Level).ThenBy(t => t.Task, StringComparer.Ordinal).ToList();
            result[tasks.Key] = new CompetenceLevel(ordered[(ordered.Count - 1) / 2].Value.Level, ordered.Max(t => t.Value.AssessedOn),
                [.. ordered.Select(t => t.Task).Order(StringComparer.Ordinal)]);
        }
        return result;
    }
}
