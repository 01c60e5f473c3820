using LivingLibrary.Api.Evaluations;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// A campaign's questionnaire on paper, in French, Dutch or English (?sheet=): one block a question, boxes to tick, lines to
/// write on, a place for the code or the name, to print for those who answer on paper; their answers are then typed on the
/// campaign's page.
/// </summary>
public sealed class CampaignPaperModel : ConsolePage
{
    public Campaign Campaign { get; private set; } = null!;
    public Group Group { get; private set; } = null!;

    /// <summary>The sheet's language, one of the console's (?sheet=), else the page's.</summary>
    public string Sheet => Request.Query["sheet"].ToString() is { } s && RequestLanguages.Supported.Contains(s) ? s : Language;

    /// <summary>A day as the sheet's language writes it, in the organisation's time zone's conventions.</summary>
    public string SheetDate(DateOnly day) => HttpContext.RequestServices.GetRequiredService<OrganisationTime>().In(Sheet).Date(day);

    public async Task<IActionResult> OnGetAsync(Guid campaignId)
    {
        var campaign = await Query.LoadAsync<Campaign>(campaignId);
        if (await Query.MayActOnAsync(campaign, User) is not null) return NotFound();
        Campaign = campaign!;
        Group = (await Query.LoadAsync<Group>(Campaign.GroupId))!;
        return Page();
    }
}
