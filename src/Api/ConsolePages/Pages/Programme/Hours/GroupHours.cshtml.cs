using LivingLibrary.Api.Activities;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>A group's hours and attendance over a period (GET /api/groups/{id}/hours), by default the group's own period.</summary>
public sealed class GroupHoursModel : ConsolePage
{
    public Group Group { get; private set; } = null!;
    public GroupHoursView View { get; private set; } = null!;
    /// <summary>The days asked for, as typed (a refused period shows them again beside its fault).</summary>
    public (string From, string To) Asked { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid groupId, DateOnly? from, DateOnly? to)
    {
        if (await VisibleGroupAsync(groupId) is not { } group) return NotFound();
        Group = group;
        var (first, last) = GetGroupHoursEndpoint.PeriodOf(group, from, to);
        Asked = (first.Iso(), last.Iso());
        var refused = Refused(ActivityRules.Period(first, last, Today));
        if (refused is not null) (first, last) = GetGroupHoursEndpoint.PeriodOf(group, null, null);
        View = await Query.GroupHoursAsync(group.Id, first, last);
        await LoadSkillsAsync();
        return refused ?? Page();
    }
}
