using System.Net;
using Alba;
using LivingLibrary.Api.Platform;
using Microsoft.Extensions.DependencyInjection;
using LivingLibrary.Api.Tests.Console;
using LivingLibrary.Api.Tests.Support;

namespace LivingLibrary.Api.Tests.Me;

/// <summary>
/// The participant role (docs/adr/0026): a participant acts for themself, in their own space, and may not know that the
/// staff's routes and pages exist.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ParticipantSpaceTests(ApiFixture fixture) : ApiTest(fixture)
{
    private async Task<(Guid Group, Guid Samira)> SamirasGroupAsync()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        return (group, await Host.EnrolAsync(Coordinator(), group, ParticipantScenarios.NewParticipant("Samira Benali")));
    }

    [Theory]
    [InlineData("GET", "/api/groups/{group}")]
    [InlineData("GET", "/api/groups/{group}/participants")]
    [InlineData("GET", "/api/participants/{samira}")]
    [InlineData("GET", "/api/groups")]
    [InlineData("POST", "/api/groups/{group}/rename")]
    [InlineData("POST", "/api/participants/{samira}/details")]
    public async Task A_participant_gets_404_on_the_staffs_routes_even_about_themself_and_nothing_is_appended(string method, string template)
    {
        var (group, samira) = await SamirasGroupAsync();
        var before = await EventCount();

        var result = await Host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {Participant(samira)}");
            var url = template.Replace("{group}", group.ToString()).Replace("{samira}", samira.ToString());
            if (method == "GET") s.Get.Url(url); else s.Post.Json(new { name = "x" }).ToUrl(url);
            s.StatusCodeShouldBe(404);
        });

        result.Context.Response.ContentType.ShouldStartWith("application/problem+json");
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_token_whose_user_is_not_the_participant_it_names_is_no_participant()
    {
        var (_, samira) = await SamirasGroupAsync();
        var forged = Host.Services.GetRequiredService<DevelopmentTokens>().Issue("someone-else", OrgA, Security.ParticipantRole, TimeSpan.FromMinutes(5));

        await Host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {forged}");
            s.Get.Url($"/api/participants/{samira}");
            s.StatusCodeShouldBe(403);
        });
    }

    [Fact]
    public async Task A_participant_signs_in_to_their_own_space_and_is_greeted_by_their_first_name()
    {
        var (_, samira) = await SamirasGroupAsync();
        var me = await ConsoleClient.SignInParticipantAsync(Host, samira, OrgA);

        var home = await me.GetAsync("/console/me");

        home.Status.ShouldBe(HttpStatusCode.OK);
        home.Document.QuerySelector("h1")!.TextContent.ShouldBe("Hello Samira!");
        home.Document.QuerySelectorAll("a.action").Length.ShouldBeGreaterThan(5);
        home.Html.ShouldNotContain("<script");
    }

    [Fact]
    public async Task A_participants_cookie_opens_no_staff_page_and_a_staff_cookie_opens_no_participant_page()
    {
        var (group, samira) = await SamirasGroupAsync();
        var me = await ConsoleClient.SignInParticipantAsync(Host, samira, OrgA);
        var staff = await ConsoleClient.SignInAsync(Host, "coordinator-1", OrgA, Security.CoordinatorRole);

        var staffPage = await me.GetAsync($"/console/groups/{group}");
        var mePage = await staff.GetAsync("/console/me");

        staffPage.Status.ShouldBe(HttpStatusCode.Redirect);
        staffPage.Location!.ShouldContain("/console/sign-in");
        mePage.Status.ShouldBe(HttpStatusCode.Redirect);
        mePage.Location!.ShouldContain("/console/me/sign-in");
    }

    [Fact]
    public async Task The_development_sign_in_refuses_an_unknown_participant_or_another_organisations()
    {
        var (_, samira) = await SamirasGroupAsync();
        var anonymous = ConsoleClient.Anonymous(Host);

        var unknown = await anonymous.SubmitAsync("/console/me/sign-in", "Development", ("participantId", Guid.NewGuid().ToString()), ("organisationId", OrgA));
        var elsewhere = await anonymous.SubmitAsync("/console/me/sign-in", "Development", ("participantId", samira.ToString()), ("organisationId", OrgB));

        unknown.ErrorOf("participantId").ShouldNotBeNullOrEmpty();
        elsewhere.ErrorOf("participantId").ShouldNotBeNullOrEmpty();
        (await anonymous.GetAsync("/console/me")).Status.ShouldBe(HttpStatusCode.Redirect);
    }
}
