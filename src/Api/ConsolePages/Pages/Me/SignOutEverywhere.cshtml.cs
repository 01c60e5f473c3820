using Microsoft.AspNetCore.Authentication;

namespace LivingLibrary.Api.ConsolePages.Pages.Me;

/// <summary>
/// "Sign me out everywhere" (POST /api/participants/{id}/sign-out-everywhere): every phone and computer signed in as the
/// participant is signed out at its next page, this one at once.
/// </summary>
public sealed class SignOutEverywhereModel : MePage
{
    public async Task<IActionResult> OnGetAsync() => await LoadMeAsync() is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var answer = await SendFormAsync(HttpMethod.Post, $"/api/participants/{Me}/sign-out-everywhere", new SignOutEverywhere());
        if (Refused(answer) is { } refused) return refused;
        await HttpContext.SignOutAsync(ConsoleSetup.ParticipantScheme);
        return LocalRedirect($"{Home}/sign-in?signedout=everywhere#{Message}");
    }
}
