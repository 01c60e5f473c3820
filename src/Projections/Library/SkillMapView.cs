using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Projections.Library;

/// <summary>A level in the map; for a competence not assessed directly, the tasks it was derived from.</summary>
public sealed record SkillMapCell(int Level, Band Band, DateOnly AssessedOn, IReadOnlyList<string>? DerivedFromTasks = null);

public sealed record SkillMapRow(Guid ParticipantId, string DisplayName, Guid GroupId, IReadOnlyDictionary<string, SkillMapCell> Levels);

public sealed record BandCounts(int NotAssessed, int Foundation, int Intermediate, int Advanced, int HighlySpecialised);

/// <summary>
/// Participants x DigComp competences (with levels derived from tasks where a competence was not
/// assessed directly) and the everyday tasks anyone in scope was assessed on; per column, how many
/// people are in each band.
/// </summary>
public sealed record SkillMapView(DateOnly? AsOf, IReadOnlyList<string> Competences, IReadOnlyList<string> Tasks,
    IReadOnlyList<SkillMapRow> Participants, IReadOnlyDictionary<string, BandCounts> Distribution)
{
    public static SkillMapView Build(IEnumerable<Participant> participants, SkillCatalogue skills, DateOnly? asOf = null)
    {
        var rows = participants.Where(p => !p.HasLeft)
            .OrderBy(p => p.Person.DisplayName, StringComparer.Ordinal).ThenBy(p => p.Id)
            .Select(p => new SkillMapRow(p.Id, p.Person.DisplayName, p.GroupId, Cells(p, skills)))
            .ToList();
        var competences = DigComp.Competences.Select(c => c.Code).ToList();
        var tasks = rows.SelectMany(r => r.Levels.Keys).Where(code => !DigComp.IsCompetence(code)).Distinct().Order(StringComparer.Ordinal).ToList();
        var distribution = competences.Concat(tasks).ToDictionary(code => code, code =>
        {
            var bands = rows.Select(r => r.Levels.TryGetValue(code, out var cell) ? cell.Band : (Band?)null).ToList();
            return new BandCounts(
                bands.Count(b => b is null),
                bands.Count(b => b == Band.Foundation),
                bands.Count(b => b == Band.Intermediate),
                bands.Count(b => b == Band.Advanced),
                bands.Count(b => b == Band.HighlySpecialised));
        });
        return new SkillMapView(asOf, competences, tasks, rows, distribution);
    }

    private static Dictionary<string, SkillMapCell> Cells(Participant p, SkillCatalogue skills)
    {
        var cells = CompetenceRollUp.Of(p.Levels, skills)
            .ToDictionary(c => c.Key, c => new SkillMapCell(c.Value.Level, DigComp.BandOf(c.Value.Level), c.Value.AssessedOn, c.Value.DerivedFromTasks));
        foreach (var (code, level) in p.Levels.Where(l => !DigComp.IsCompetence(l.Key) && skills.IsKnown(l.Key)))
            cells[code] = new SkillMapCell(level.Level, DigComp.BandOf(level.Level), level.AssessedOn);
        return cells;
    }
}
