using System.Net;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.DropIns;
using LivingLibrary.Domain.Networks;
using Marten;

namespace LivingLibrary.Api.Tests.Console;

/// <summary>
/// A coordinator describes a desk and adds a host place in the settings; anyone, signed in or not, reads the public
/// directory page in French, Dutch or English and filters it (docs/adr/0032).
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class DirectoryPagesTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Settings = "/console/organisation/settings";

    private async Task<IReadOnlyList<T>> Recorded<T>(string organisation = OrgA) where T : class
    {
        await using var session = Store.QuerySession(organisation);
        return await session.Events.QueryRawEventDataOnly<T>().ToListAsync();
    }

    [Fact]
    public async Task A_coordinator_adds_a_host_place_and_describes_a_desk_with_it_each_an_event_and_a_wrong_code_is_shown_beside_its_field()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var coordinator = await ConsoleClient.SignInAsync(Host, "coordinator-1", OrgA, Security.CoordinatorRole);

        var added = await coordinator.SubmitAsync(Settings, "DeskList", ("deskList.list", "hostPlace"), ("deskList.code", "parish-hall"), ("deskList.nameFr", "Salle paroissiale"));
        added.Status.ShouldBe(HttpStatusCode.Redirect, added.Text);
        (await Recorded<DeskListEntryAdded>()).ShouldHaveSingleItem().ShouldBe(new DeskListEntryAdded(
            (await Recorded<DeskListEntryAdded>())[0].EntryId, DeskList.HostPlace, "parish-hall", new("Salle paroissiale", "", "")));

        var described = await coordinator.SubmitAsync(Settings, "Describe", ("describe.deskId", scene.Desk.ToString()), ("describe.hostPlace", "parish-hall"),
            ("describe.staffKinds", "volunteer"), ("describe.accessibility", "hearing-loop"), ("describe.services", "itsme"), ("describe.postcode", "1080"));
        described.Status.ShouldBe(HttpStatusCode.Redirect, described.Text);
        var description = (await Recorded<DropInDeskDescribed>()).ShouldHaveSingleItem().Description;
        (description.HostPlace, description.Postcode).ShouldBe(("parish-hall", "1080"));
        description.Accessibility.ShouldBe(["hearing-loop"]);

        var before = await EventCount();
        var refused = await coordinator.SubmitAsync(Settings, "Describe", ("describe.deskId", scene.Desk.ToString()), ("describe.postcode", "10 80"));
        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.Document.QuerySelector("#describe-desk [id$='postcode-error'], #describe-desk .error")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Anyone_without_signing_in_reads_the_networks_directory_page_in_dutch_filtered_by_day_and_nothing_of_its_staff()
    {
        var a = await CaseScene.SetUp(Host, Coordinator());
        var network = await Host.CreateAsync(Coordinator(), "/api/networks", new FoundNetwork("Réseau des EPN bruxellois"));
        await Host.SendAsync(Coordinator(), $"/api/desks/{a.Desk}/describe", new DescribeDropInDesk("food-bank", ["volunteer"], ["step-free-access"], ["itsme"], "1080"));
        var thursday = await Host.CreateAsync(Coordinator(), "/api/desks", new OpenDropInDesk("Permanence du jeudi", "Maison de quartier",
            [new WeeklyHours(DayOfWeek.Thursday, new TimeOnly(14, 0), new TimeOnly(17, 0))], ["fr"]));

        var nobody = ConsoleClient.Anonymous(Host, "nl");
        var page = await nobody.GetAsync($"/console/directory?network={network}");
        page.Status.ShouldBe(HttpStatusCode.OK, page.Text);
        page.Document.QuerySelectorAll("#directory-desks > li").Select(li => li.Id).ShouldBe([$"desk-{a.Desk}", $"desk-{thursday}"], ignoreOrder: true);
        var desk = page.Document.QuerySelector($"#desk-{a.Desk}")!.TextContent;
        desk.ShouldContain("Voedselbank");
        desk.ShouldContain("Vrijwilliger");
        page.Text.ShouldNotContain("Karim"); // who staffs the desk (CaseScene)
        page.Document.QuerySelector("#directory-export")!.GetAttribute("href").ShouldBe($"/api/networks/{network}/directory/data-inclusion");

        var tuesday = await nobody.GetAsync($"/console/directory?network={network}&day=tuesday");
        tuesday.Document.QuerySelectorAll("#directory-desks > li").Select(li => li.Id).ShouldBe([$"desk-{a.Desk}"]);
        var wrong = await nobody.GetAsync($"/console/directory?network={network}&area=10-80");
        wrong.Status.ShouldBe(HttpStatusCode.BadRequest);
        wrong.Document.QuerySelectorAll("#directory-desks > li").ShouldBeEmpty();
        wrong.Document.QuerySelector("#directory-filter")!.TextContent.ShouldContain("postcode");

        (await nobody.GetAsync($"/console/directory?network={Guid.NewGuid()}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await nobody.GetAsync($"/console/directory?organisation={OrgA}")).Document.QuerySelectorAll("#directory-desks > li").Count().ShouldBe(2);
    }
}
