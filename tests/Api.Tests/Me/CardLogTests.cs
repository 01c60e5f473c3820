using System.Net;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Console;
using LivingLibrary.Api.Tests.Logs;
using LivingLibrary.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LivingLibrary.Api.Tests.Me;

/// <summary>A card's code is a key to someone's space: the QR code's address carries it, and the log, at every level, never does.</summary>
[Collection(LogsCollection.Name)]
public sealed class CardLogTests(LogsFixture fixture)
{
    [Fact]
    public async Task Neither_the_qr_codes_address_nor_the_form_puts_the_code_in_the_log()
    {
        var host = fixture.Host;
        var coordinator = host.Services.GetRequiredService<DevelopmentTokens>().Issue("coordinator-cards", "org-cards", Security.CoordinatorRole, TimeSpan.FromMinutes(5));
        var group = await host.CreateGroupAsync(coordinator);
        var jean = await host.EnrolAsync(coordinator, group, ParticipantScenarios.NewParticipant("Jean"));
        var code = await host.PrintCardAsync(coordinator, jean);
        var phone = ConsoleClient.Anonymous(host);

        (await phone.GetAsync($"/console/me/sign-in?code={code}")).Status.ShouldBe(HttpStatusCode.OK);
        (await phone.SubmitAsync($"/console/me/sign-in?code={code}", "Code", ("code", code), ("device", "own"))).ShouldBeSignedIn();
        (await phone.SubmitAsync("/console/me/sign-in", "Code", ("code", code), ("device", "own"))).Status.ShouldBe(HttpStatusCode.Conflict);

        var lines = fixture.Log.Lines;
        lines.ShouldContain(line => line.Contains("HttpLoggingMiddleware") && line.Contains("Path: /console/me/sign-in"), "the sign-ins are logged");
        var letters = code.Replace("-", "");
        lines.Where(line => line.Contains(code, StringComparison.OrdinalIgnoreCase) || line.Contains(letters, StringComparison.OrdinalIgnoreCase))
            .ShouldBeEmpty();
    }
}
