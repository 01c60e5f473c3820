namespace LivingLibrary.Domain.Competences;

/// <summary>
/// The skills an organisation works with: DigComp's competences, the built-in everyday tasks,
/// and the organisation's own tasks. An organisation's task may not reuse a built-in code, so that
/// a built-in task means the same thing everywhere and results stay comparable.
/// </summary>
public sealed class SkillCatalogue
{
    private readonly Dictionary<string, EverydayTask> _tasks;

    /// <summary>DigComp and the built-in tasks only.</summary>
    public static SkillCatalogue BuiltIn { get; } = new([]);

    /// <exception cref="ArgumentException">
    /// An organisation's task is malformed: a code that is not kebab-case or is already taken, a name
    /// blank in every language, no competence, or a competence code DigComp does not have.
    /// </exception>
    public SkillCatalogue(IEnumerable<EverydayTask> organisationTasks)
    {
        ArgumentNullException.ThrowIfNull(organisationTasks);
        _tasks = EverydayTasks.All.ToDictionary(t => t.Code);
        var own = new List<EverydayTask>();
        foreach (var task in organisationTasks)
        {
            ArgumentNullException.ThrowIfNull(task, nameof(organisationTasks));
            if (Problem(task) is { } problem)
                throw new ArgumentException($"The task '{task.Code}' {problem}", nameof(organisationTasks));
            if (!_tasks.TryAdd(task.Code, task))
                throw new ArgumentException($"The task code '{task.Code}' is already taken.", nameof(organisationTasks));
            own.Add(task);
        }
        OrganisationTasks = own;
        Tasks = [.. EverydayTasks.All, .. own];
    }

    /// <summary>The built-in tasks, then the organisation's in the order given.</summary>
    public IReadOnlyList<EverydayTask> Tasks { get; }

    public IReadOnlyList<EverydayTask> OrganisationTasks { get; }

    public EverydayTask? FindTask(string? code) =>
        code is not null && _tasks.TryGetValue(code, out var task) ? task : null;

    public bool IsKnown(string? code) => !string.IsNullOrEmpty(code) && IsKnown(Skill.FromCode(code));

    public bool IsKnown(Skill skill) => skill.Kind switch
    {
        SkillKind.Competence => DigComp.IsCompetence(skill.Code),
        SkillKind.Task => FindTask(skill.Code) is not null,
        _ => false,
    };

    /// <summary>A competence stands for itself, a task for the competences it exercises; an unknown skill for none.</summary>
    public IReadOnlyList<Competence> CompetencesOf(Skill skill) => skill.Kind switch
    {
        SkillKind.Competence when DigComp.Find(skill.Code) is { } competence => [competence],
        SkillKind.Task when FindTask(skill.Code) is { } task => [.. task.CompetenceCodes.Distinct().Select(c => DigComp.Find(c)!)],
        _ => [],
    };

    /// <summary>The skill's name, or null when it is unknown.</summary>
    public Label? LabelOf(Skill skill) => skill.Kind switch
    {
        SkillKind.Competence => DigComp.Find(skill.Code)?.Name,
        SkillKind.Task => FindTask(skill.Code)?.Name,
        _ => null,
    };

    private static string? Problem(EverydayTask task)
    {
        if (!EverydayTasks.IsWellFormedCode(task.Code))
            return "needs a code of lower-case words and digits joined by hyphens.";
        if (task.Name is null || new[] { task.Name.Fr, task.Name.Nl, task.Name.En }.All(string.IsNullOrWhiteSpace))
            return "needs a name in at least one language.";
        if (task.CompetenceCodes is null || task.CompetenceCodes.Count == 0)
            return "needs at least one DigComp competence.";
        if (task.CompetenceCodes.Any(c => !DigComp.IsCompetence(c)))
            return $"names '{task.CompetenceCodes.First(c => !DigComp.IsCompetence(c))}', which is not a DigComp competence.";
        return null;
    }
}
