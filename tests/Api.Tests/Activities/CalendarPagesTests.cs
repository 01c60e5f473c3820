using System.Net;
using Alba;
using Marten;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Console;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Activities;

namespace LivingLibrary.Api.Tests.Activities;

/// <summary>Calendar addresses in the console: the group's and the facilitator's own, a participant's own, and the public programme.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class CalendarPagesTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Amina = "facilitator-amina";

    private async Task<int> FeedStatusAsync(string address) =>
        (await Host.Scenario(s => { s.Get.Url(new Uri(address).PathAndQuery); s.IgnoreStatusCode(); })).Context.Response.StatusCode;

    [Fact]
    public async Task A_facilitator_makes_copies_and_revokes_the_group_s_address_from_the_group_s_page()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        await Host.AssignAsync(Coordinator(), group, Amina);
        await Host.PlanAsync(Facilitator(Amina), group, ActivityScene.TuesdayWorkshop());
        var amina = await ConsoleClient.SignInAsync(Host, Amina, OrgA, Security.FacilitatorRole);
        (await amina.GetAsync($"/console/groups/{group}")).Document.QuerySelector($"a[href='/console/groups/{group}/calendar']").ShouldNotBeNull();
        var page = $"/console/groups/{group}/calendar";

        var made = await (await amina.FilledAsync(page, "#make-group"))();

        made.Status.ShouldBe(HttpStatusCode.OK, made.Text);
        var address = made.Document.QuerySelector("#address")!.GetAttribute("value")!;
        var link = (await Store.QuerySession(OrgA).Query<CalendarLink>().ToListAsync()).Single();
        (await Stream(link.Id)).Single().Data.ShouldBeOfType<CalendarLinkCreated>().GroupId.ShouldBe(group);
        (await FeedStatusAsync(address)).ShouldBe(200);
        var shown = await amina.GetAsync(page);
        shown.Document.QuerySelector("#address").ShouldBeNull();
        shown.Document.QuerySelector($"#link-{link.Id}").ShouldNotBeNull();

        var mine = await (await amina.FilledAsync(page, "#make-mine"))();
        mine.Status.ShouldBe(HttpStatusCode.OK, mine.Text);
        mine.Document.QuerySelectorAll("#links li").Length.ShouldBe(2);

        var revoked = await (await amina.FilledAsync(page, $"#link-{link.Id} form"))();

        revoked.Status.ShouldBe(HttpStatusCode.Redirect, revoked.Text);
        (await Stream(link.Id)).Last().Data.ShouldBeOfType<CalendarLinkRevoked>();
        (await FeedStatusAsync(address)).ShouldBe(404);
        (await amina.GetAsync(page)).Document.QuerySelector($"#link-{link.Id}").ShouldBeNull();
    }

    [Fact]
    public async Task A_participant_gets_their_own_address_from_their_home_and_stops_it()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        var samira = await Host.EnrolAsync(Coordinator(), group, ParticipantScenarios.NewParticipant("Samira"));
        var me = await ConsoleClient.SignInParticipantAsync(Host, samira, OrgA);
        (await me.GetAsync("/console/me")).Document.QuerySelector("a[href='/console/me/calendar']").ShouldNotBeNull();

        var made = await (await me.FilledAsync("/console/me/calendar", "#make-calendar"))();

        made.Status.ShouldBe(HttpStatusCode.OK, made.Text);
        var address = made.Document.QuerySelector("#address")!.GetAttribute("value")!;
        (await FeedStatusAsync(address)).ShouldBe(200);
        var link = (await Store.QuerySession(OrgA).Query<CalendarLink>().ToListAsync()).Single();
        link.ParticipantId.ShouldBe(samira);

        var stopped = await (await me.FilledAsync("/console/me/calendar", $"#revoke-{link.Id}"))();

        stopped.Status.ShouldBe(HttpStatusCode.Redirect, stopped.Text);
        (await FeedStatusAsync(address)).ShouldBe(404);
    }

    [Fact]
    public async Task The_public_programme_page_shows_open_activities_to_anyone_in_their_language()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        await Host.PlanAsync(Coordinator(), group, ActivityScene.Once(ActivityKind.Talk, ApiFixture.Today.AddDays(10), "Rencontre ouverte") with { Host = "Amina", Open = true });
        await Host.PlanAsync(Coordinator(), group, ActivityScene.Once(ActivityKind.Workshop, ApiFixture.Today.AddDays(11), "Atelier fermé"));

        foreach (var (language, cancelledWord) in new[] { ("fr", "Programme"), ("nl", "Programma"), ("en", "Programme") })
        {
            var page = await ConsoleClient.Anonymous(Host, language).GetAsync($"/console/organisations/{OrgA}/programme");
            page.Status.ShouldBe(HttpStatusCode.OK, page.Text);
            page.Document.QuerySelector("h1")!.TextContent.ShouldStartWith(cancelledWord);
            page.Document.QuerySelectorAll("#programme li").Select(li => li.QuerySelector("strong")!.TextContent).ShouldBe(["Rencontre ouverte"]);
            page.Text.ShouldNotContain("Amina");
            page.Text.ShouldNotContain("Atelier fermé");
        }
        (await ConsoleClient.Anonymous(Host).GetAsync("/console/organisations/nobody-here/programme")).Status.ShouldBe(HttpStatusCode.NotFound);
    }
}
