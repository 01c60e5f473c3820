using Microsoft.AspNetCore.Authentication;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// Signing in. With an identity provider (Auth:Authority) the cookie's challenge goes there; in Development without
/// one, the person says who they are, as the development token issuer lets anyone do on this machine.
/// </summary>
public sealed class SignInModel : ConsolePage
{
    public bool Local => ConsoleSetup.SignsInLocally(HttpContext.RequestServices);

    public string? ReturnUrl { get; private set; }

    public IActionResult OnGet(string? returnUrl)
    {
        ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null;
        if (!Local) return Challenge(new AuthenticationProperties { RedirectUri = ReturnUrl ?? ConsoleSetup.Prefix }, ConsoleSetup.Scheme);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? userId, string? organisationId, string? role, string? networkId, string? returnUrl)
    {
        if (!Local) return NotFound();
        ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null;
        if (role == Security.NetworkCoordinatorRole) return await SignInNetworkCoordinatorAsync(userId, networkId);
        var refusal = new Domain.Fields()
            .Text("userId", userId, GroupRules.FacilitatorIdMax)
            .Text("organisationId", organisationId, GroupRules.FacilitatorIdMax)
            .Check("organisationId", organisationId is null || !organisationId.StartsWith(Network.TenantPrefix, StringComparison.Ordinal), Says.NotAnOrganisation)
            .Check("role", role is Security.CoordinatorRole or Security.FacilitatorRole or Security.NetworkCoordinatorRole, Says.Required)
            .Refusal();
        if (Refused(refusal) is { } refused) return refused;
        await ConsoleSetup.SignInAsync(HttpContext, userId!, organisationId!, role!);
        return LocalRedirect(ReturnUrl ?? ConsoleSetup.Prefix);
    }

    /// <summary>A network coordinator names their network (its id), as a network coordinator's token does; their console is the network's pages.</summary>
    private async Task<IActionResult> SignInNetworkCoordinatorAsync(string? userId, string? networkId)
    {
        var refusal = new Domain.Fields()
            .Text("userId", userId, GroupRules.FacilitatorIdMax)
            .Check("networkId", Guid.TryParse(networkId, out _), Says.Required)
            .Refusal();
        if (Refused(refusal) is { } refused) return refused;
        var network = Guid.Parse(networkId!);
        await ConsoleSetup.SignInNetworkCoordinatorAsync(HttpContext, userId!, network);
        var home = $"{ConsoleSetup.Prefix}/networks/{network}";
        return LocalRedirect(ReturnUrl is { } back && back.StartsWith(home, StringComparison.Ordinal) ? back : home);
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await HttpContext.SignOutAsync(ConsoleSetup.Scheme);
        return LocalRedirect($"{ConsoleSetup.Prefix}/sign-in");
    }
}
