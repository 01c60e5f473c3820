using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Projections.Library;

public sealed record SkillMapCell(int Level, Band Band, DateOnly AssessedOn);

public sealed record SkillMapRow(Guid ParticipantId, string DisplayName, Guid GroupId, IReadOnlyDictionary<string, SkillMapCell> Levels);

public sealed record BandCounts(int NotAssessed, int Foundation, int Intermediate, int Advanced, int HighlySpecialised);

/// <summary>Participants x DigComp competences, with the current level and band, and per competence how many are in each band.</summary>
public sealed record SkillMapView(DateOnly? AsOf, IReadOnlyList<string> Competences, IReadOnlyList<SkillMapRow> Participants,
    IReadOnlyDictionary<string, BandCounts> Distribution)
{
    public static SkillMapView Build(IEnumerable<Participant> participants, DateOnly? asOf = null)
    {
        var codes = DigComp.Competences.Select(c => c.Code).ToList();
        var rows = participants.Where(p => !p.HasLeft)
            .OrderBy(p => p.Person.DisplayName, StringComparer.Ordinal).ThenBy(p => p.Id)
            .Select(p => new SkillMapRow(p.Id, p.Person.DisplayName, p.GroupId,
                p.Levels.Where(l => DigComp.IsCompetence(l.Key))
                    .ToDictionary(l => l.Key, l => new SkillMapCell(l.Value.Level, DigComp.BandOf(l.Value.Level), l.Value.AssessedOn))))
            .ToList();
        var distribution = codes.ToDictionary(code => code, code =>
        {
            var bands = rows.Select(r => r.Levels.TryGetValue(code, out var cell) ? cell.Band : (Band?)null).ToList();
            return new BandCounts(
                bands.Count(b => b is null),
                bands.Count(b => b == Band.Foundation),
                bands.Count(b => b == Band.Intermediate),
                bands.Count(b => b == Band.Advanced),
                bands.Count(b => b == Band.HighlySpecialised));
        });
        return new SkillMapView(asOf, codes, rows, distribution);
    }
}
