using LivingLibrary.Api.Progress;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>A group's progress (GET /api/groups/{id}/progress): the group's together, suppressed under three people, and each person's.</summary>
public sealed class ProgressModel : ConsolePage
{
    public Group Group { get; private set; } = null!;
    public GroupProgressView View { get; private set; } = null!;
    public SkillCatalogue Skills { get; private set; } = SkillCatalogue.BuiltIn;

    public string SkillName(string code) =>
        (Skills.LabelOf(Domain.Competences.Skill.FromCode(code))?.In(Language) ?? code) is var name && DigComp.IsCompetence(code) ? $"{code} {name}" : name;

    public async Task<IActionResult> OnGetAsync(Guid groupId)
    {
        if (await Query.LoadAsync<Group>(groupId) is not { } group || group.MaySee(Caller) is not null) return NotFound();
        Group = group;
        View = await GetGroupProgressEndpoint.Get(group, Query);
        Skills = await Query.SkillCatalogueAsync();
        return Page();
    }
}
