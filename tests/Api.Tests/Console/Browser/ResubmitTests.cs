using System.Net.Http.Headers;
using System.Net.Http.Json;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Projections.Library;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace LivingLibrary.Api.Tests.Console.Browser;

/// <summary>
/// A form sent, the browser's back, the same form sent again, in Chromium: recorded once, and the page says so
/// (docs/adr/0022, the form's one-time token).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ResubmitTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    private IDocumentStore Store => fixture.Services.GetRequiredService<IDocumentStore>();

    /// <summary>A group run by facilitator-1 with Samira in it, set up by the coordinator through the API.</summary>
    private async Task<Guid> GroupWithSamiraAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(fixture.Address) };
        var token = fixture.Services.GetRequiredService<DevelopmentTokens>().Issue("coordinator-1", "org-a", Security.CoordinatorRole, TimeSpan.FromMinutes(5));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        async Task<HttpResponseMessage> Post<T>(string url, T body) => (await http.PostAsJsonAsync(url, body, ViewJson.Options)).EnsureSuccessStatusCode();
        var created = await Post("/api/groups", GroupScenarios.NewGroup());
        var group = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        await Post($"/api/groups/{group}/facilitators", new Domain.Groups.AssignFacilitator("facilitator-1", "Amina"));
        await Post($"/api/groups/{group}/participants", ParticipantScenarios.NewParticipant());
        return group;
    }

    [Fact]
    public async Task A_case_posted_then_sent_again_after_going_back_is_recorded_once_and_the_page_says_so()
    {
        var group = await GroupWithSamiraAsync();
        using var browser = new Browser(fixture.Address);
        browser.Go("/console?language=en");
        browser.SignIn("facilitator-1", "org-a", "facilitator");
        var board = $"/console/groups/{group}/cases";
        browser.Go(board);
        browser.ChooseText("#f-participantId", "Samira");
        browser.Fill("#f-goal", "Activer itsme sur mon nouveau téléphone");
        browser.Choose("#f-service", "itsme");
        browser.Choose("#f-difficulty", "login-and-identity");
        browser.Press("#post-case", "Post the case");
        var posted = browser.Path;
        posted.ShouldStartWith("/console/cases/");
        browser.Text.ShouldNotContain("already recorded");

        browser.Back();
        browser.Path.ShouldBe(board);
        browser.Find("#f-goal").GetAttribute("value").ShouldBe("Activer itsme sur mon nouveau téléphone", "Chromium gives back what was typed");
        browser.Press("#post-case", "Post the case");

        browser.Path.ShouldBe($"{posted}&already=true", "the case the first sending recorded");
        browser.Find("main > .notice[role=status]").Text.ShouldBe("This was already recorded: nothing was recorded twice.");
        await using var session = Store.QuerySession("org-a");
        var postings = await session.Events.QueryRawEventDataOnly<CasePosted>().ToListAsync();
        postings.Select(p => p.CaseId.ToString()).ShouldBe([posted["/console/cases/".Length..].Split('?')[0]]);
    }
}
