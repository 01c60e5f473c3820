using Microsoft.AspNetCore.Authentication;

namespace LivingLibrary.Api.ConsolePages.Pages.Me;

/// <summary>
/// A participant's way in (docs/adr/0026). In Development without an identity provider, a participant may also say who
/// they are, as the staff's development sign-in lets anyone do on this machine.
/// </summary>
public sealed class SignInModel : ConsolePage
{
    public bool Local => ConsoleSetup.SignsInLocally(HttpContext.RequestServices);

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostDevelopmentAsync(string? participantId, string? organisationId, bool ownDevice)
    {
        if (!Local) return NotFound();
        var known = Guid.TryParse(participantId, out var id) && id != Guid.Empty && !string.IsNullOrWhiteSpace(organisationId)
            && !organisationId.StartsWith(Network.TenantPrefix, StringComparison.Ordinal);
        if (known)
        {
            await using var organisation = Store.QuerySession(organisationId!);
            known = await organisation.LoadAsync<Participant>(id) is { IsErased: false };
        }
        if (Refused(new Domain.Fields().Check("participantId", known, Says.NoSuch(Thing.Participant)).Refusal()) is { } refused) return refused;
        await ConsoleSetup.SignInParticipantAsync(HttpContext, id, organisationId!, ownDevice);
        return LocalRedirect(MePage.Home);
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await HttpContext.SignOutAsync(ConsoleSetup.ParticipantScheme);
        return LocalRedirect($"{MePage.Home}/sign-in");
    }
}
