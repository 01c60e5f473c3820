using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Projections.Library;

public sealed record CatalogueHelper(
    Guid ParticipantId,
    string DisplayName,
    Guid GroupId,
    int Level,
    bool Confirmed,
    int? AssessedLevel,
    IReadOnlyList<string> Languages,
    IReadOnlyList<TimeSlot> Availability,
    int HelpingNow);

public sealed record CatalogueLearner(
    Guid ParticipantId,
    string DisplayName,
    Guid GroupId,
    Guid NeedId,
    int? CurrentLevel,
    NeedPriority Priority,
    DateOnly? Deadline,
    IReadOnlyList<string> Languages,
    IReadOnlyList<TimeSlot> Availability);

public sealed record CatalogueEntry(
    string Skill,
    SkillKind Kind,
    Label Name,
    IReadOnlyList<string> Competences,
    IReadOnlyList<CatalogueHelper> Helpers,
    IReadOnlyList<CatalogueLearner> Learners);

/// <summary>The living library: for each skill somebody offers or wants, who can help and who wants to learn.</summary>
public sealed record CatalogueView(DateOnly? AsOf, IReadOnlyList<CatalogueEntry> Skills)
{
    /// <param name="participants">The people in scope (a group, or the organisation), as they stand at the view's date.</param>
    public static CatalogueView Build(IEnumerable<Participant> participants, SkillCatalogue skills,
        DateOnly? asOf = null, string? onlySkill = null)
    {
        var active = participants.Where(p => !p.HasLeft).ToList();
        var helpers = active
            .SelectMany(p => p.Offers.Select(o => (Skill: o.Skill, Helper: new CatalogueHelper(p.Id, p.Person.DisplayName, p.GroupId,
                o.Level, o.ConfirmedLevel is not null, p.LevelIn(o.Skill), p.Languages, p.Availability,
                p.Helping.Count))))
            .ToLookup(x => x.Skill, x => x.Helper);
        var learners = active
            .SelectMany(p => p.Needs.Select(n => (Skill: n.Skill, Learner: new CatalogueLearner(p.Id, p.Person.DisplayName, p.GroupId,
                n.NeedId, p.LevelIn(n.Skill), n.Priority, n.Deadline, p.Languages, p.Availability))))
            .ToLookup(x => x.Skill, x => x.Learner);

        var entries = helpers.Select(h => h.Key).Union(learners.Select(l => l.Key))
            .Where(code => onlySkill is null || code == onlySkill)
            .Select(Skill.FromCode)
            .Where(skills.IsKnown)
            .OrderBy(s => s.Kind).ThenBy(s => s.Code, StringComparer.Ordinal)
            .Select(s => Entry(s, skills, helpers[s.Code], learners[s.Code]))
            .ToList();
        return new CatalogueView(asOf, entries);
    }

    /// <summary>
    /// A skill's entry once some people changed: the rows of everyone else as they were, and the rows of
    /// the people who changed as they are now; null when nobody offers or wants the skill any more.
    /// </summary>
    public static CatalogueEntry? Merge(CatalogueEntry? before, string code, IReadOnlySet<Guid> changed, IEnumerable<Participant> changedNow,
        SkillCatalogue skills)
    {
        var now = Build(changedNow, skills, onlySkill: code).Skills.SingleOrDefault();
        var helpers = (before?.Helpers ?? []).Where(h => !changed.Contains(h.ParticipantId)).Concat(now?.Helpers ?? []).ToList();
        var learners = (before?.Learners ?? []).Where(l => !changed.Contains(l.ParticipantId)).Concat(now?.Learners ?? []).ToList();
        var skill = Skill.FromCode(code);
        return helpers.Count + learners.Count == 0 || !skills.IsKnown(skill) ? null : Entry(skill, skills, helpers, learners);
    }

    private static CatalogueEntry Entry(Skill s, SkillCatalogue skills, IEnumerable<CatalogueHelper> helpers, IEnumerable<CatalogueLearner> learners) =>
        new(s.Code, s.Kind, skills.LabelOf(s)!, [.. skills.CompetencesOf(s).Select(c => c.Code)],
            [.. helpers.OrderByDescending(h => h.Level).ThenBy(h => h.HelpingNow).ThenBy(h => h.DisplayName, StringComparer.Ordinal).ThenBy(h => h.ParticipantId)],
            [.. learners.OrderByDescending(l => l.Priority).ThenBy(l => l.Deadline ?? DateOnly.MaxValue).ThenBy(l => l.DisplayName, StringComparer.Ordinal)
                .ThenBy(l => l.NeedId)]);
}
