using LivingLibrary.Api.Me;

namespace LivingLibrary.Api.ConsolePages.Pages.Me.Cases;

/// <summary>Their own cases, as cards, the latest first (GET /api/me/cases, read as the API serves it).</summary>
public sealed class CasesModel : MePage
{
    public IReadOnlyList<MyCase> Cases { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadMeAsync() is null) return NotFound();
        await LoadServicesAsync();
        Cases = await GetMyCasesEndpoint.Get(Query, User);
        return Page();
    }
}
