namespace LivingLibrary.Api.ConsolePages.Pages.Me;

/// <summary>
/// A participant takes their consent back, on a page of its own that says what happens (POST
/// /api/participants/{id}/consent/withdraw, for themself): nothing new is recorded about them, nothing is erased.
/// </summary>
public sealed class WithdrawConsentModel : MePage
{
    public async Task<IActionResult> OnGetAsync() => await LoadMeAsync() is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync() =>
        await LoadMeAsync() is null ? NotFound()
        : await SendAsync($"/api/participants/{Me}/consent/withdraw", new WithdrawConsent(null), _ => $"{Home}/data?withdrawn=true");
}
