using LivingLibrary.Api.Cards;
using Microsoft.AspNetCore.Authentication;

namespace LivingLibrary.Api.ConsolePages.Pages.Me;

/// <summary>
/// A participant's way in (docs/adr/0026): the code of the card their facilitator printed, typed or carried by its QR code
/// (?code=, which the request log never writes), used up by the first sign-in. On their own phone they stay signed in; on
/// a shared computer the cookie ends with the browser. In Development without an identity provider, a participant may also
/// say who they are, as the staff's development sign-in lets anyone do on this machine.
/// </summary>
public sealed class SignInModel : ConsolePage
{
    public bool Local => ConsoleSetup.SignsInLocally(HttpContext.RequestServices);

    /// <summary>The code, as typed or as the QR code carried it, shown again in the form until it is sent.</summary>
    public string? Code { get; private set; }

    public string? Device { get; private set; }

    // The code is read from the request, never bound to a handler's parameter: Razor Pages logs those at Trace.
    public IActionResult OnGet()
    {
        Code = Request.Query["code"].ToString() is var code && CardCodes.CanBe(code) ? code : null;
        return Page();
    }

    public async Task<IActionResult> OnPostCodeAsync()
    {
        var (code, device) = (Request.Text("code"), Request.Text("device"));
        (Code, Device) = (code, device);
        if (!CardCodes.CanBe(code)) return Refusal(Domain.Refusal.Invalid("code", Says.CardUnknown));
        var hash = await HttpContext.RequestServices.GetRequiredService<CardKeys>().HashAsync(code!, HttpContext.RequestAborted);
        var attempts = HttpContext.RequestServices.GetRequiredService<CardAttempts>();
        if (!attempts.Allow(HttpContext, hash))
            return Refusal(Domain.Refusal.Invalid("code", Says.CardTooManyTries(attempts.WindowMinutes)), StatusCodes.Status429TooManyRequests);
        var (holder, refused) = await Store.SignInWithCardAsync(hash, HttpContext.RequestAborted);
        if (refused is not null) return Refusal(refused, refused.Kind == RefusalKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
        await ConsoleSetup.SignInParticipantAsync(HttpContext, holder!.ParticipantId, holder.Organisation, ownDevice: device != "shared",
            SignInStamp.Of(holder.SignOuts));
        return LocalRedirect(MePage.Home);
    }

    /// <summary>Why the code does not sign in, beside the code, in plain words.</summary>
    private IActionResult Refusal(Refusal refusal, int status = StatusCodes.Status400BadRequest)
    {
        ModelState.AddModelError("code", Say(refusal.Errors?.Values.First()[0] ?? refusal.Detail));
        Response.StatusCode = status;
        return Page();
    }

    public async Task<IActionResult> OnPostDevelopmentAsync(string? participantId, string? organisationId, bool ownDevice)
    {
        if (!Local) return NotFound();
        Participant? participant = null;
        if (Guid.TryParse(participantId, out var id) && id != Guid.Empty && !string.IsNullOrWhiteSpace(organisationId)
            && !organisationId.StartsWith(Network.TenantPrefix, StringComparison.Ordinal))
        {
            await using var organisation = Store.QuerySession(organisationId!);
            participant = await organisation.LoadAsync<Participant>(id) is { IsErased: false } found ? found : null;
        }
        if (Refused(new Domain.Fields().Check("participantId", participant is not null, Says.NoSuch(Thing.Participant)).Refusal()) is { } refused) return refused;
        await ConsoleSetup.SignInParticipantAsync(HttpContext, id, organisationId!, ownDevice, SignInStamp.Of(participant!.SignOuts));
        return LocalRedirect(MePage.Home);
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await HttpContext.SignOutAsync(ConsoleSetup.ParticipantScheme);
        return LocalRedirect($"{MePage.Home}/sign-in");
    }
}
