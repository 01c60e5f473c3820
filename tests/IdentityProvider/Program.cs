using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

// The identity provider scripts/prod-check.sh runs the production API against: a real OpenID Connect server (OpenIddict),
// with what docs/operations.md asks of one. Two confidential clients: the console (authorization code, its redirect URI)
// and the check itself (client credentials, for API tokens). It signs in one test user at once, without a form, with the
// claims of ADR 2 in the ID token and the access token. Nothing is stored (degraded mode): the clients are the settings
// below, the keys live as long as the process, and the issuer is the address it is reached at (behind the proxy: its
// HTTPS address; called directly: another issuer, with the same keys).
var builder = WebApplication.CreateBuilder(args);
var settings = builder.Configuration;
string Setting(string name) => settings[name] is { Length: > 0 } value ? value : throw new InvalidOperationException($"{name} is not set.");
var console = (Id: "livinglibrary-console", Secret: Setting("Console:Secret"), RedirectUri: Setting("Console:RedirectUri"));
var check = (Id: "prod-check", Secret: Setting("Check:Secret"));
const string ApiAudience = "livinglibrary-api";

builder.Services.AddOpenIddict().AddServer(options =>
{
    options.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
    options.AllowAuthorizationCodeFlow().AllowClientCredentialsFlow();
    options.RegisterScopes(Scopes.OpenId, Scopes.Profile);
    options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
    // The API validates plain signed JWTs, as it would a Keycloak's.
    options.DisableAccessTokenEncryption();
    options.EnableDegradedMode();
    options.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableTokenEndpointPassthrough().DisableTransportSecurityRequirement();

    options.AddEventHandler<ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
    {
        if (context.ClientId != console.Id)
            context.Reject(Errors.InvalidClient, "Only the console signs people in here.");
        else if (context.RedirectUri != console.RedirectUri)
            context.Reject(Errors.InvalidRequest, $"The console's redirect URI is {console.RedirectUri}.");
        return default;
    }));
    options.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
    {
        var allowed = context.Request.IsAuthorizationCodeGrantType() ? console : context.Request.IsClientCredentialsGrantType() ? (check.Id, check.Secret, "") : default;
        if (allowed.Id is null || context.ClientId != allowed.Id || context.Request.ClientSecret != allowed.Secret)
            context.Reject(Errors.InvalidClient, "Unknown client, wrong secret, or a grant this client may not use.");
        return default;
    }));
});

var app = builder.Build();

// The test user, as docs/operations.md and ADR 2 describe the claims: an opaque sub, the organisation, the role.
ClaimsPrincipal TestUser(string audience, IEnumerable<string> scopes)
{
    var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Subject, Claims.Role);
    identity.SetClaim(Claims.Subject, settings["User:Sub"] ?? "prod-check-coordinator")
        .SetClaim("org", settings["User:Org"] ?? "prod-check")
        .SetClaim(Claims.Role, settings["User:Role"] ?? "coordinator");
    identity.SetScopes(scopes).SetResources(audience);
    identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
    return new ClaimsPrincipal(identity);
}

app.MapMethods("connect/authorize", ["GET", "POST"], (HttpContext context) =>
    Results.SignIn(TestUser(ApiAudience, context.GetOpenIddictServerRequest()!.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme));

app.MapPost("connect/token", async (HttpContext context) =>
{
    var request = context.GetOpenIddictServerRequest()!;
    // The code's principal, as the authorization endpoint made it; the check's client names the audience it wants.
    var principal = request.IsAuthorizationCodeGrantType()
        ? (await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal!
        : TestUser((string?)request["audience"] ?? ApiAudience, []);
    return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
});

app.Run();
