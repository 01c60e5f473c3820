using LivingLibrary.Api.Evaluations;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>A group's collective evaluations (GET /api/groups/{id}/campaigns) and opening one (POST, sent through the API).</summary>
public sealed class CampaignsModel : ConsolePage
{
    public Group Group { get; private set; } = null!;
    public IReadOnlyList<CampaignSummary> Campaigns { get; private set; } = [];

    public static Word KindName(CampaignKind kind) => kind switch
    {
        CampaignKind.MidProject => Words.KindMidProject,
        CampaignKind.EndOfProject => Words.KindEndOfProject,
        _ => Words.KindOther,
    };

    public static Word ModeName(AnswerMode mode) => mode switch
    {
        AnswerMode.Named => Words.ModeNamed,
        AnswerMode.Anonymous => Words.ModeAnonymous,
        _ => Words.ModeEither,
    };

    private async Task<IActionResult?> LoadAsync(Guid groupId)
    {
        if (await VisibleGroupAsync(groupId) is not { } group) return NotFound();
        Group = group;
        Campaigns = await GetGroupCampaignsEndpoint.Get(group, Query);
        await LoadSkillsAsync();
        return null;
    }

    public async Task<IActionResult> OnGetAsync(Guid groupId) => await LoadAsync(groupId) ?? Page();

    /// <summary>POST /api/groups/{id}/campaigns: the new campaign's id comes back in the answer.</summary>
    public async Task<IActionResult> OnPostOpenAsync(Guid groupId)
    {
        if (await LoadAsync(groupId) is { } missing) return missing;
        var tasks = Request.All("tasks");
        var command = new OpenCampaign(Request.Choice<CampaignKind>("kind"), Request.Choice<AnswerMode>("mode"),
            Request.Date("opensOn"), Request.Date("closesOn"), tasks.Count == 0 ? null : tasks);
        return await SendAsync($"/api/groups/{groupId}/campaigns", command, answer => $"{ConsoleSetup.Prefix}/campaigns/{answer.Read<CreatedId>().Id}?saved=created");
    }
}
