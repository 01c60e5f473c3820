using System.Net;
using Alba;
using LivingLibrary.Api.Cards;
using LivingLibrary.Api.Tests.Console;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Api.Tests.Me;

/// <summary>Printing a card through the API, and signing in with a code through the sign-in page, as a phone does.</summary>
public static class CardScenes
{
    public static async Task<string> PrintCardAsync(this IAlbaHost host, string token, Guid participantId)
    {
        var result = await host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.Post.Json(new IssueCard()).ToUrl($"/api/participants/{participantId}/card");
            s.StatusCodeShouldBe(200);
        });
        return (await result.ReadAsJsonAsync<PrintedCard>())!.Code!;
    }

    /// <summary>A phone (a client of its own) types the code on the sign-in page; "shared" for a shared computer.</summary>
    public static async Task<(ConsoleClient Phone, ConsoleAnswer Answer)> SignInWithCodeAsync(this IAlbaHost host, string code,
        string device = "own", ConsoleClient? phone = null)
    {
        phone ??= ConsoleClient.Anonymous(host);
        return (phone, await phone.SubmitAsync("/console/me/sign-in", "Code", ("code", code), ("device", device)));
    }

    public static void ShouldBeSignedIn(this ConsoleAnswer answer)
    {
        answer.Status.ShouldBe(HttpStatusCode.Redirect, answer.Text);
        answer.Location.ShouldBe("/console/me");
    }
}
