using LivingLibrary.Api.Progress;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>A group's progress (GET /api/groups/{id}/progress): the group's together, suppressed under three people, and each person's.</summary>
public sealed class ProgressModel : ConsolePage
{
    public Group Group { get; private set; } = null!;
    public GroupProgressView View { get; private set; } = null!;
    /// <summary>A skill's name, a competence's led by its code (as the progress tables list both).</summary>
    public string SkillHeading(string code) => DigComp.IsCompetence(code) ? $"{code} {SkillName(code)}" : SkillName(code);

    public async Task<IActionResult> OnGetAsync(Guid groupId)
    {
        if (await VisibleGroupAsync(groupId) is not { } group) return NotFound();
        Group = group;
        View = await GetGroupProgressEndpoint.Get(group, Query);
        await LoadSkillsAsync();
        return Page();
    }
}
