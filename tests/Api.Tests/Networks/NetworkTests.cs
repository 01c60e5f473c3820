using Alba;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Knowledge;
using LivingLibrary.Domain.Networks;
using LivingLibrary.Domain.Observatory;
using LivingLibrary.Domain.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace LivingLibrary.Api.Tests.Networks;

/// <summary>Organisations forming a network, sharing their observatory, leaving it; network coordinators seeing only what is summed.</summary>
public sealed class NetworkTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string OrgC = "org-c";
    private const string November = "from=2026-11&to=2026-11";

    private string NetworkCoordinator(Guid network, string userId = "network-coordinator-1") =>
        Host.Services.GetRequiredService<DevelopmentTokens>().IssueForNetwork(userId, network, TimeSpan.FromMinutes(10));

    [Fact]
    public async Task A_network_is_founded_an_organisation_invited_joins_and_leaves_each_step_an_event_of_the_network()
    {
        var network = await Host.CreateAsync(Coordinator(), "/api/networks", new FoundNetwork("Réseau des EPN bruxellois"));
        await Host.SendAsync(Coordinator(), $"/api/networks/{network}/invitations", new InviteOrganisation(OrgB));
        (await Host.GetAsync<IReadOnlyList<Network>>(Coordinator(OrgB), "/api/networks")).Single().Id.ShouldBe(network);
        (await Host.GetAsync<IReadOnlyList<Network>>(Coordinator(OrgC), "/api/networks")).ShouldBeEmpty();

        await Host.SendAsync(Coordinator(OrgB), $"/api/networks/{network}/join", new { });
        await Host.SendAsync(Coordinator(OrgB), $"/api/networks/{network}/coordinators", new AppointNetworkCoordinator("network-coordinator-1", "Nadia (coordination du réseau)"));
        var answer = await Host.SendAsync(Coordinator(), $"/api/networks/{network}/leave", new { });

        var events = await Stream(network, Network.TenantOf(network));
        events.Select(e => e.Data).ShouldBe([
            new NetworkFounded(network, "Réseau des EPN bruxellois", OrgA, ApiFixture.Today), new OrganisationInvited(network, OrgB, OrgA),
            new OrganisationJoined(network, OrgB, ApiFixture.Today), new NetworkCoordinatorAppointed(network, "network-coordinator-1", "Nadia (coordination du réseau)"),
            new OrganisationLeftNetwork(network, OrgA, ApiFixture.Today)]);
        answer.Version.ShouldBe(5);
        var seen = await Host.GetAsync<Network>(NetworkCoordinator(network), $"/api/networks/{network}");
        seen.Members.ShouldBe([OrgB]);
        seen.Memberships.Single(m => m.OrganisationId == OrgA).LeftOn.ShouldBe(ApiFixture.Today);
    }

    [Fact]
    public async Task Who_may_not_act_is_refused_and_nothing_is_appended()
    {
        var network = await Host.CreateAsync(Coordinator(), "/api/networks", new FoundNetwork("Réseau"));
        var before = await EventCount();

        await Refused(403, Facilitator("facilitator-1"), $"/api/networks/{network}/invitations", new InviteOrganisation(OrgB));
        await Refused(404, Coordinator(OrgB), $"/api/networks/{network}/join", new { }); // not invited: the network is not theirs to see
        await Refused(404, Coordinator(OrgB), $"/api/networks/{network}/invitations", new InviteOrganisation(OrgC));
        await Refused(400, Coordinator(), $"/api/networks/{network}/invitations", new InviteOrganisation("Not An Id!"));
        await Refused(409, Coordinator(), $"/api/networks/{network}/invitations", new InviteOrganisation(OrgA));
        await Refused(403, Facilitator("facilitator-1"), "/api/networks", new FoundNetwork("x"));
        await Refused(400, Coordinator(), "/api/networks", new FoundNetwork(" "));
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task The_network_sums_its_members_observatories_and_keeps_a_leaving_members_figures_as_they_were()
    {
        var (network, a, b) = await TwoMembersAsync();
        await ItsmeCasesAsync(OrgA, a, 5);
        await ItsmeCasesAsync(OrgB, b, 4);
        await ViewsCaughtUp();
        var coordinator = NetworkCoordinator(network);

        var both = await Host.GetAsync<ObservatoryView>(coordinator, $"/api/networks/{network}/observatory?{November}");
        both.Rows.Single().Figures.Cases.Value.ShouldBe(9);

        await Host.SendAsync(Coordinator(), $"/api/networks/{network}/leave", new { });
        await ItsmeCasesAsync(OrgA, a, 3); // after leaving: not the network's
        await ItsmeCasesAsync(OrgB, b, 2);
        await ViewsCaughtUp();

        var after = await Host.GetAsync<ObservatoryView>(coordinator, $"/api/networks/{network}/observatory?{November}");
        after.Total.Cases.Value.ShouldBe(11);
        var activity = await Host.GetAsync<NetworkActivityView>(coordinator, $"/api/networks/{network}/activity?{November}");
        activity.Members.Select(m => (m.OrganisationId, m.Former, m.Figures.Cases.Value)).ShouldBe([(OrgA, true, 5), (OrgB, false, 6)]);
        (await Host.GetAsync<ObservatoryView>(Coordinator(), $"/api/observatory?{November}")).Total.Cases.Value.ShouldBe(8, "the organisation's own observatory goes on");

        using (var daemon = await Store.BuildProjectionDaemonAsync())
            await daemon.RebuildProjectionAsync("Observatory", CancellationToken.None);
        (await Host.GetAsync<NetworkActivityView>(coordinator, $"/api/networks/{network}/activity?{November}")).ShouldBeEquivalentTo(activity);
    }

    [Fact]
    public async Task A_network_coordinator_gets_403_on_organisation_routes_and_404_for_another_network_or_unless_appointed()
    {
        var (network, a, _) = await TwoMembersAsync();
        var caseId = await Host.PostCaseAsync(Coordinator(), a.Group, CaseScene.ItsmeCase(a.Samira));
        var other = await Host.CreateAsync(Coordinator(OrgC), "/api/networks", new FoundNetwork("Un autre réseau"));
        await Host.SendAsync(Coordinator(OrgC), $"/api/networks/{other}/coordinators", new AppointNetworkCoordinator("network-coordinator-9", "Karim"));
        var coordinator = NetworkCoordinator(network);

        foreach (var url in new[] { "/api/groups", $"/api/groups/{a.Group}", $"/api/participants/{a.Samira}", $"/api/cases/{caseId}", "/api/observatory",
                     "/api/catalogue", "/api/reports/funder?from=2026-09-01&to=2027-06-30", "/api/networks", "/api/knowledge", "/api/advocacy" })
            await Send(coordinator, s => { s.Get.Url(url); s.StatusCodeShouldBe(403); });
        await Send(coordinator, s => { s.Post.Json(new FoundNetwork("x")).ToUrl("/api/networks"); s.StatusCodeShouldBe(403); });

        foreach (var view in new[] { "", "/observatory", "/activity" })
        {
            await Send(NetworkCoordinator(other, "network-coordinator-9"), s => { s.Get.Url($"/api/networks/{network}{view}"); s.StatusCodeShouldBe(404); });
            await Send(NetworkCoordinator(network, "not-appointed"), s => { s.Get.Url($"/api/networks/{network}{view}"); s.StatusCodeShouldBe(404); });
            await Send(Coordinator(OrgC), s => { s.Get.Url($"/api/networks/{network}{view}"); s.StatusCodeShouldBe(view == "" ? 404 : 403); });
        }
        await Send(coordinator, s => { s.Get.Url($"/api/networks/{network}/activity"); s.StatusCodeShouldBe(200); });
    }

    [Fact]
    public async Task Nothing_personal_crosses_into_a_network_and_small_cells_stay_suppressed_there()
    {
        var (network, a, b) = await TwoMembersAsync();
        await ItsmeCasesAsync(OrgA, a, 4);
        await Host.PostCaseAsync(Coordinator(OrgB), b.Group, CaseScene.ItsmeCase(b.Samira) with { Service = "myminfin", Difficulty = "forms-and-documents" });
        await Host.CreateAsync(Facilitator(CaseScene.DeskWorker), $"/api/desks/{a.Desk}/requests", CaseScene.VisitorRequest() with { Pseudonym = "Madame Z" });
        await ViewsCaughtUp();

        var view = await Host.GetAsync<ObservatoryView>(NetworkCoordinator(network), $"/api/networks/{network}/observatory?{November}");
        view.Rows.Single(r => r.Service == "myminfin" && r.Difficulty == "forms-and-documents").Figures.Cases.ShouldBe(Figure.Hidden);
        await Host.SendAsync(Coordinator(), $"/api/networks/{network}/leave", new { }); // what org-a shared is now kept in the network's tenant

        foreach (var personal in new[] { "Samira", "Jean", "Madame Z", "Activer itsme sur mon nouveau", "Déclarer mes impôts", a.Samira.ToString(), b.Samira.ToString() })
            (await NetworkRowsHolding(personal)).ShouldBe(0, personal);
        (await NetworkRowsHolding("itsme")).ShouldBeGreaterThan(0, "org-a's share is there, and names services");
    }

    [Fact]
    public async Task A_published_entry_shared_with_the_network_is_found_by_the_other_members_and_withdrawn_when_its_organisation_leaves()
    {
        var (network, a, _) = await TwoMembersAsync();
        var resolved = await Host.PostCaseAsync(Coordinator(), a.Group, CaseScene.ItsmeCase(a.Samira));
        await Host.SendAsync(Coordinator(), $"/api/cases/{resolved}/resolve", new ResolveCase(["x"], Autonomy.DoneAlone, null));
        var entry = await Host.CreateAsync(Coordinator(), "/api/knowledge",
            new DraftKnowledgeEntry(resolved, "Réactiver itsme sur un nouveau téléphone", "itsme ne marche plus après un changement de téléphone",
                ["Ouvrir itsme sur l'ancien téléphone", "Choisir « nouveau téléphone »"], null, null, null, "fr"));
        var before = await EventCount();
        await Refused(409, Coordinator(), $"/api/knowledge/{entry}/share", new ShareKnowledgeEntry(network)); // a draft
        await Host.SendAsync(Coordinator(OrgA, "coordinator-2"), $"/api/knowledge/{entry}/review", new { });
        await Host.SendAsync(Coordinator(), $"/api/knowledge/{entry}/publish", new { });
        before = await EventCount();
        await Refused(403, Facilitator(CaseScene.Facilitator), $"/api/knowledge/{entry}/share", new ShareKnowledgeEntry(network));
        await Refused(404, Coordinator(), $"/api/knowledge/{entry}/share", new ShareKnowledgeEntry(Guid.NewGuid()));
        (await EventCount()).ShouldBe(before);

        await Host.SendAsync(Coordinator(), $"/api/knowledge/{entry}/share", new ShareKnowledgeEntry(network));

        (await Stream(entry)).Last().Data.ShouldBe(new KnowledgeEntryShared(entry, network, ApiFixture.Today));
        var found = await Host.GetAsync<IReadOnlyList<SharedKnowledgeEntry>>(Facilitator("facilitator-9", OrgB), $"/api/networks/{network}/knowledge?q=t%C3%A9l%C3%A9phone");
        found.Single().ShouldSatisfyAllConditions(e => e.Id.ShouldBe(entry), e => e.OrganisationId.ShouldBe(OrgA));
        (await Host.GetAsync<IReadOnlyList<SharedKnowledgeEntry>>(NetworkCoordinator(network), $"/api/networks/{network}/knowledge")).Count.ShouldBe(1);
        await Send(Coordinator(OrgC), s => { s.Get.Url($"/api/networks/{network}/knowledge"); s.StatusCodeShouldBe(404); });
        (await NetworkRowsHolding(resolved.ToString())).ShouldBe(0, "the source case stays in the organisation");

        await Host.SendAsync(Coordinator(), $"/api/networks/{network}/leave", new { });
        (await Host.GetAsync<IReadOnlyList<SharedKnowledgeEntry>>(Facilitator("facilitator-9", OrgB), $"/api/networks/{network}/knowledge")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_network_coordinators_bad_periods_are_400_never_a_500()
    {
        var (network, _, _) = await TwoMembersAsync();
        foreach (var query in new[] { "from=2026-13", "from=2026-11&to=2026-01", "from=x&to=y", "format=pdf", "from=1999-01&to=2026-01", "byMonth=maybe" })
            foreach (var view in new[] { "observatory", "activity" })
            {
                var result = await Send(NetworkCoordinator(network), s => { s.Get.Url($"/api/networks/{network}/{view}?{query}"); s.IgnoreStatusCode(); });
                result.Context.Response.StatusCode.ShouldBeOneOf([200, 400], $"{view}?{query}");
            }
        await Send(NetworkCoordinator(network), s => { s.Get.Url($"/api/networks/{network}/observatory?from=2026-13"); s.StatusCodeShouldBe(400); });
    }

    [Fact]
    public async Task The_development_issuer_gives_a_network_coordinator_a_token_with_a_network_and_no_organisation()
    {
        var (network, _, _) = await TwoMembersAsync();

        var answer = await Host.Scenario(s =>
        {
            s.Post.Json(new TokenRequest("network-coordinator-1", null, Security.NetworkCoordinatorRole, network)).ToUrl("/dev/token");
            s.StatusCodeShouldBe(200);
        });
        var token = (await answer.ReadAsJsonAsync<TokenResponse>())!.AccessToken;
        await Send(token, s => { s.Get.Url($"/api/networks/{network}/activity"); s.StatusCodeShouldBe(200); });

        await Host.Scenario(s =>
        {
            s.Post.Json(new TokenRequest("x", OrgA, Security.NetworkCoordinatorRole, null)).ToUrl("/dev/token");
            s.StatusCodeShouldBe(400);
        });
    }

    /// <summary>Rows of every table kept for a network's tenant (events and documents) whose text holds this.</summary>
    private async Task<long> NetworkRowsHolding(string text)
    {
        await using var connection = new Npgsql.NpgsqlConnection(Database);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new Npgsql.NpgsqlCommand(
            "select table_schema || '.' || table_name from information_schema.columns where column_name = 'tenant_id' and table_schema = 'livinglibrary'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        long found = 0;
        foreach (var table in tables)
        {
            await using var count = new Npgsql.NpgsqlCommand($"select count(*) from {table} t where t.tenant_id like 'network:%' and t::text ilike '%' || @text || '%'", connection);
            count.Parameters.AddWithValue("text", text);
            found += (long)(await count.ExecuteScalarAsync())!;
        }
        return found;
    }

    /// <summary>org-a founds a network, org-b joins it, a coordinator of it is appointed; each organisation has a group and a desk.</summary>
    private async Task<(Guid Network, CaseScene A, CaseScene B)> TwoMembersAsync()
    {
        var a = await CaseScene.SetUp(Host, Coordinator());
        var b = await CaseScene.SetUp(Host, Coordinator(OrgB));
        var network = await Host.CreateAsync(Coordinator(), "/api/networks", new FoundNetwork("Réseau des EPN bruxellois"));
        await Host.SendAsync(Coordinator(), $"/api/networks/{network}/invitations", new InviteOrganisation(OrgB));
        await Host.SendAsync(Coordinator(OrgB), $"/api/networks/{network}/join", new { });
        await Host.SendAsync(Coordinator(), $"/api/networks/{network}/coordinators", new AppointNetworkCoordinator("network-coordinator-1", "Nadia"));
        return (network, a, b);
    }

    private async Task ItsmeCasesAsync(string organisation, CaseScene scene, int count)
    {
        for (var i = 0; i < count; i++) await Host.PostCaseAsync(Coordinator(organisation), scene.Group, CaseScene.ItsmeCase(scene.Samira));
    }

    private Task Refused(int status, string token, string url, object body) =>
        Send(token, s => { s.Post.Json(body).ToUrl(url); s.StatusCodeShouldBe(status); });
}
