using System.Diagnostics;
using System.Text.Json.Nodes;
using Alba;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Projections.Library;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace LivingLibrary.Api.Tests.Participants;

/// <summary>The group views the async projection stores: the same answers as computing them from the events, kept up to date.</summary>
public sealed class StoredViewTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_stored_view_says_what_the_events_say_and_is_served_as_stored()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        var samira = await Host.EnrolAsync(Coordinator(), group, ParticipantScenarios.NewParticipant("Samira", "ar", "fr"));
        var jean = await Host.EnrolAsync(Coordinator(), group, ParticipantScenarios.NewParticipant("Jean", "fr"));
        await Host.AssessAsync(Coordinator(), samira, new DateOnly(2026, 9, 1), ("pay-bill-online", 5), ("2.1", 6));
        await Host.AssessAsync(Coordinator(), jean, new DateOnly(2026, 9, 1), ("pay-bill-online", 1), ("send-meter-reading", 2));
        await Host.OfferAsync(Coordinator(), samira, "pay-bill-online", 5);
        await Host.DeclareNeedAsync(Coordinator(), jean, "pay-bill-online", NeedPriority.High);
        await ViewsCaughtUp();

        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        foreach (var view in new[] { "catalogue", "skill-map" })
        {
            var stored = await Json($"/api/groups/{group}/{view}");
            var computed = await Json($"/api/groups/{group}/{view}?asOf={tomorrow:yyyy-MM-dd}");
            computed["asOf"] = null;
            JsonNode.DeepEquals(stored, computed).ShouldBeTrue(view);
        }

        await using var session = Store.QuerySession(OrgA);
        (await session.LoadAsync<GroupLibrary>(group)).ShouldNotBeNull();
    }

    [Fact]
    public async Task The_organisation_catalogue_is_stored_per_skill_and_follows_withdrawals()
    {
        var groups = new[] { await Host.CreateGroupAsync(Coordinator()), await Host.CreateGroupAsync(Coordinator()) };
        var samira = await Host.EnrolAsync(Coordinator(), groups[0], ParticipantScenarios.NewParticipant("Samira"));
        var jean = await Host.EnrolAsync(Coordinator(), groups[1], ParticipantScenarios.NewParticipant("Jean"));
        await Host.OfferAsync(Coordinator(), samira, "4.2", 6);
        await Host.OfferAsync(Coordinator(), samira, "pay-bill-online", 5);
        var need = await Host.DeclareNeedAsync(Coordinator(), jean, "4.2", NeedPriority.High);
        await ViewsCaughtUp();

        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        foreach (var query in new[] { "", "?skill=4.2" })
        {
            var stored = await Json($"/api/catalogue{query}");
            var computed = await Json($"/api/catalogue{query}{(query == "" ? "?" : "&")}asOf={tomorrow:yyyy-MM-dd}");
            computed["asOf"] = null;
            JsonNode.DeepEquals(stored, computed).ShouldBeTrue(query);
        }
        await using (var session = Store.QuerySession(OrgA))
            (await session.Query<OrganisationSkill>().CountAsync()).ShouldBe(2);

        await Send(Coordinator(), s => s.Delete.Url($"/api/participants/{jean}/needs/{need}"));
        await Send(Coordinator(), s => s.Delete.Url($"/api/participants/{samira}/offers/4.2"));
        await ViewsCaughtUp();

        var left = (await (await Send(Coordinator(), s => s.Get.Url("/api/catalogue"))).ReadAsJsonAsync<CatalogueView>())!;
        left.Skills.Select(e => e.Skill).ShouldBe(["pay-bill-online"]);
    }

    [Fact]
    public async Task Moving_someone_changes_both_groups_views()
    {
        var from = await Host.CreateGroupAsync(Coordinator());
        var to = await Host.CreateGroupAsync(Coordinator());
        var samira = await Host.EnrolAsync(Coordinator(), from, ParticipantScenarios.NewParticipant("Samira"));
        await Host.OfferAsync(Coordinator(), samira, "4.2", 6);
        await ViewsCaughtUp();
        (await Catalogue(from)).Skills.ShouldHaveSingleItem();

        await Send(Coordinator(), s => s.Post.Json(new MoveParticipant(to)).ToUrl($"/api/participants/{samira}/move"));
        await ViewsCaughtUp();

        (await Catalogue(from)).Skills.ShouldBeEmpty();
        (await Catalogue(to)).Skills.ShouldHaveSingleItem().Helpers.ShouldHaveSingleItem().ParticipantId.ShouldBe(samira);
    }

    [Fact]
    public async Task Concurrent_commands_on_one_group_lose_nothing_in_its_views()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        var people = new List<Guid>();
        for (var i = 0; i < 8; i++) people.Add(await Host.EnrolAsync(Coordinator(), group, ParticipantScenarios.NewParticipant($"P{i}")));

        await Task.WhenAll(people.Select(p => Host.OfferAsync(Coordinator(), p, "5.1", 5)));
        await ViewsCaughtUp();

        (await Catalogue(group)).Skills.ShouldHaveSingleItem().Helpers.Select(h => h.ParticipantId).ShouldBe(people, ignoreOrder: true);
    }

    [Fact]
    public async Task Rebuilding_the_projection_gives_the_same_views()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        var samira = await Host.EnrolAsync(Coordinator(), group, ParticipantScenarios.NewParticipant("Samira"));
        await Host.AssessAsync(Coordinator(), samira, new DateOnly(2026, 9, 1), ("pay-bill-online", 5));
        await ViewsCaughtUp();
        var before = await Json($"/api/groups/{group}/skill-map");

        using var daemon = await Store.BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync("GroupLibrary", CancellationToken.None);

        JsonNode.DeepEquals(before, await Json($"/api/groups/{group}/skill-map")).ShouldBeTrue();
    }

    [Fact]
    public async Task Each_stored_view_is_one_query_with_its_access_check()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        var samira = await Host.EnrolAsync(Coordinator(), group, ParticipantScenarios.NewParticipant("Samira"));
        await Host.OfferAsync(Coordinator(), samira, "4.2", 6);
        await ViewsCaughtUp();

        foreach (var url in new[]
                 {
                     $"/api/groups/{group}/catalogue", $"/api/groups/{group}/skill-map", $"/api/groups/{group}/helper-load",
                     $"/api/groups/{group}/unmatched-needs", "/api/catalogue", "/api/pairings/stats",
                 })
            (await QueriesOf(url)).ShouldBe(1, url);
    }

    /// <summary>The commands sent to PostgreSQL while answering one GET (those of its trace: not the daemon's).</summary>
    private async Task<int> QueriesOf(string url)
    {
        var trace = ActivityTraceId.CreateRandom();
        var commands = 0;
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Npgsql" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if (activity.Source.Name == "Npgsql" && activity.TraceId == trace) Interlocked.Increment(ref commands);
            },
        };
        ActivitySource.AddActivityListener(listener);
        await Send(Coordinator(), s =>
        {
            s.WithRequestHeader("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
            s.Get.Url(url);
        });
        return commands;
    }

    private async Task<JsonNode> Json(string url) =>
        JsonNode.Parse(await (await Send(Coordinator(), s => s.Get.Url(url))).ReadAsTextAsync())!;

    private async Task<CatalogueView> Catalogue(Guid group) =>
        (await (await Send(Coordinator(), s => s.Get.Url($"/api/groups/{group}/catalogue"))).ReadAsJsonAsync<CatalogueView>())!;
}
