using System.Security.Claims;
using LivingLibrary.Api.ConsolePages;
using LivingLibrary.Api.Platform;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LivingLibrary.Api.Tests.Console;

/// <summary>
/// The console signed in by an identity provider (Auth:Authority); scripts/prod-check.sh runs the whole flow against a
/// real one. Here, what the cookie is made of once the provider's answer was validated.
/// </summary>
public sealed class ConsoleIdentityProviderTests
{
    [Fact]
    public async Task A_person_signed_in_by_the_identity_provider_holds_the_consoles_identity_with_the_claims_of_an_api_token()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration["Auth:Authority"] = "https://id.example.org/realms/livinglibrary";
        builder.Configuration["ConnectionStrings:Marten"] = "Host=127.0.0.1;Database=unused";
        builder.AddSecurity();
        builder.AddConsole();
        await using var app = builder.Build();
        var options = app.Services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(ConsoleSetup.OidcScheme);
        // As the OIDC handler makes it from an ID token: its own authentication type, and the token's other claims.
        var fromIdToken = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim("sub", "u-7f3a"), new Claim("org", "maison-de-quartier"), new Claim("role", "facilitator"),
             new Claim("iss", "https://id.example.org/realms/livinglibrary"), new Claim("nonce", "n-0S6_WzA2Mj")],
            "AuthenticationTypes.Federation", "sub", "role"));
        var received = new TicketReceivedContext(new DefaultHttpContext { RequestServices = app.Services },
            new AuthenticationScheme(ConsoleSetup.OidcScheme, null, typeof(OpenIdConnectHandler)), options,
            new AuthenticationTicket(fromIdToken, ConsoleSetup.OidcScheme));

        await options.Events.TicketReceived(received);

        var identity = received.Principal!.Identity.ShouldBeOfType<ClaimsIdentity>();
        identity.AuthenticationType.ShouldBe(ConsoleSetup.Scheme);
        identity.Name.ShouldBe("u-7f3a");
        received.Principal.IsInRole("facilitator").ShouldBeTrue();
        identity.Claims.Select(claim => $"{claim.Type}={claim.Value}").ShouldBe(["sub=u-7f3a", "org=maison-de-quartier", "role=facilitator"], ignoreOrder: true);
    }
}
