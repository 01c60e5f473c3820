using LivingLibrary.Api.Demo;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace LivingLibrary.Api.Tests.Console.Browser;

/// <summary>
/// After a post the eye finds what happened, on a phone too: a success leads to its message (#message), which has the
/// focus; a refusal gives the focus to what to fix. <see cref="Browser.Press"/> checks it after every post of every
/// browser test; these are the posts that once lost it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MessageFocusTests(BrowserFixture fixture) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        await DemoData.LoadAsync(fixture.Services.GetRequiredService<IDocumentStore>());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void A_proposed_pairing_and_a_refused_case_leave_the_focus_on_their_message()
    {
        using var browser = new Browser(fixture.Address);
        browser.Go("/console?language=en");
        browser.SignIn(DemoData.FacilitatorId, DemoData.Organisation, "facilitator");
        browser.Resize(360);

        browser.Go($"/console/groups/{DemoData.GroupId}/pairings");
        browser.Press("#suggest", "Suggest pairings");
        browser.Url.ShouldEndWith("#message");
        browser.Press("#suggested-pairs li form", "Propose this pair");
        browser.Url.EndsWith("#message").ShouldBeTrue("not an anchor of a form that is gone once the pair is proposed");
        browser.MessageFocus().ShouldBeNull();

        browser.Go($"/console/groups/{DemoData.GroupId}/cases");
        browser.Press("#post-case", "Post the case");
        browser.MessageFocus().ShouldBeNull();
        browser.Find(":focus").GetAttribute("class").ShouldBe("problem");
    }
}
