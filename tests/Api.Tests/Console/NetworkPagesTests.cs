using System.Net;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Networks;

namespace LivingLibrary.Api.Tests.Console;

/// <summary>
/// A network coordinator's console (docs/adr/0015): signed in with their network, they see its members, observatory,
/// activity and shared knowledge, as the API shows them; never a member's personal data, never another network, and no
/// organisation's page. An organisation's staff do not open the network's pages.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class NetworkPagesTests(ApiFixture fixture) : ApiTest(fixture)
{
    private async Task<Guid> NetworkWithNadia(string name = "Réseau des EPN bruxellois", string organisation = OrgA)
    {
        var network = await Host.CreateAsync(Coordinator(organisation), "/api/networks", new FoundNetwork(name));
        await Host.SendAsync(Coordinator(organisation), $"/api/networks/{network}/coordinators", new AppointNetworkCoordinator("nadia", "Nadia (coordination)"));
        return network;
    }

    private async Task<(ConsoleClient Client, ConsoleAnswer SignedIn)> SignInAsync(string userId, Guid network)
    {
        var client = ConsoleClient.Anonymous(Host);
        var answer = await client.SubmitAsync("/console/sign-in", ("userId", userId), ("role", Security.NetworkCoordinatorRole), ("networkId", network.ToString()));
        return (client, answer);
    }

    private static string[] Pages(Guid network) =>
        [$"/console/networks/{network}", $"/console/networks/{network}/observatory", $"/console/networks/{network}/activity", $"/console/networks/{network}/drop-ins",
            $"/console/networks/{network}/knowledge"];

    [Fact]
    public async Task A_network_coordinator_signs_in_to_their_network_and_sees_its_views_without_anyones_personal_data()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator()); // a member with a group, participants and a desk
        await Host.CreateAsync(Coordinator(), $"/api/groups/{scene.Group}/cases", CaseScene.ItsmeCase(scene.Samira));
        string[] personal = ["Samira", "Jean", "Activer itsme", "Mardi matin"];
        var network = await NetworkWithNadia();

        var (nadia, signedIn) = await SignInAsync("nadia", network);
        signedIn.Status.ShouldBe(HttpStatusCode.Redirect, signedIn.Text);
        signedIn.Location.ShouldBe($"/console/networks/{network}");

        var home = await nadia.GetAsync(signedIn.Location!);
        home.Status.ShouldBe(HttpStatusCode.OK);
        home.Document.QuerySelector("h1")!.TextContent.ShouldBe("Réseau des EPN bruxellois");
        home.Document.QuerySelector("#network-members tbody th")!.TextContent.ShouldBe(OrgA);
        home.Document.QuerySelectorAll("#network-links a").Select(a => a.GetAttribute("href"))
            .ShouldBe([.. Pages(network).Skip(1), $"/console/directory?network={network}"]);
        foreach (var page in Pages(network))
        {
            var shown = await nadia.GetAsync(page);
            shown.Status.ShouldBe(HttpStatusCode.OK, page);
            foreach (var name in personal) shown.Text.ShouldNotContain(name, Case.Insensitive, page);
        }
        (await nadia.GetAsync($"/console/networks/{network}/activity")).Document.QuerySelector("#network-activity tbody th")!.TextContent.ShouldBe(OrgA);
    }

    [Fact]
    public async Task Another_network_is_404_an_organisations_pages_are_closed_to_a_network_coordinator_and_the_networks_to_an_organisations_staff()
    {
        var network = await NetworkWithNadia();
        var other = await NetworkWithNadia("Réseau liégeois", OrgB);
        var (nadia, _) = await SignInAsync("nadia", network);
        foreach (var page in Pages(other)) (await nadia.GetAsync(page)).Status.ShouldBe(HttpStatusCode.NotFound, page);

        var (stranger, signedIn) = await SignInAsync("someone-else", network);
        signedIn.Status.ShouldBe(HttpStatusCode.Redirect, "anyone may say who they are in Development; the network then does not know them");
        foreach (var page in Pages(network)) (await stranger.GetAsync(page)).Status.ShouldBe(HttpStatusCode.NotFound, page);

        foreach (var page in new[] { "/console", "/console/organisation", "/console/desks", "/console/observatory" })
        {
            var refused = await nadia.GetAsync(page);
            refused.Status.ShouldBe(HttpStatusCode.Redirect, page);
            refused.Location!.ShouldStartWith("http://localhost/console/sign-in", Case.Insensitive, page);
        }
        var coordinator = await ConsoleClient.SignInAsync(Host, "coordinator-1", OrgA, Security.CoordinatorRole);
        foreach (var page in Pages(network))
            (await coordinator.GetAsync(page)).Status.ShouldBe(HttpStatusCode.Redirect, page);

        var noNetwork = ConsoleClient.Anonymous(Host);
        var refusedSignIn = await noNetwork.SubmitAsync("/console/sign-in", ("userId", "nadia"), ("role", Security.NetworkCoordinatorRole), ("networkId", "not-an-id"));
        refusedSignIn.Status.ShouldBe(HttpStatusCode.BadRequest);
        refusedSignIn.ErrorOf("networkId").ShouldNotBeNullOrEmpty();
    }
}
