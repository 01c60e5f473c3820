namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// An occurrence's attendance sheet to print and have signed on paper, in French, Dutch or English (?sheet=: ?language= is the console's own switch of the person's language): the group,
/// the activity, its day, times and place, a line to sign for each participant and one for the facilitator.
/// </summary>
public sealed class SheetModel : OccurrencePage
{
    /// <summary>The sheet's language, one of the console's (?sheet=: ?language= is the console's own switch of the person's language), else the page's.</summary>
    public string Sheet => Request.Query["sheet"].ToString() is { } s && RequestLanguages.Supported.Contains(s) ? s : Language;

    public string SheetDate(DateOnly day) => HttpContext.RequestServices.GetRequiredService<OrganisationTime>().In(Sheet).Date(day);

    public async Task<IActionResult> OnGetAsync(Guid activityId, string plannedFor) =>
        await LoadAsync(activityId, plannedFor) ? Page() : NotFound();
}
