using Alba;
using LivingLibrary.Api.Groups;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Groups;

namespace LivingLibrary.Api.Tests.Groups;

public sealed class GroupReadTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_coordinator_lists_the_open_groups_of_their_organisation_only()
    {
        var tuesday = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Mardi"));
        var closed = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Ancien groupe"));
        await Send(Coordinator(), s => s.Post.Json(new CloseGroup(null)).ToUrl($"/api/groups/{closed}/close"));
        await Host.CreateGroupAsync(Coordinator(OrgB), GroupScenarios.NewGroup("Elsewhere"));

        var open = await Send(Coordinator(), s => s.Get.Url("/api/groups"));
        (await open.ReadAsJsonAsync<Group[]>())!.Select(g => g.Id).ShouldBe([tuesday]);

        var all = await Send(Coordinator(), s => s.Get.Url("/api/groups?includeClosed=true"));
        (await all.ReadAsJsonAsync<Group[]>())!.Select(g => g.Name).ShouldBe(["Ancien groupe", "Mardi"]);
    }

    [Fact]
    public async Task A_facilitator_lists_only_the_groups_assigned_to_them()
    {
        var mine = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Mine"));
        var other = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Not mine"));
        await Host.AssignAsync(Coordinator(), mine, "facilitator-1");
        await Host.AssignAsync(Coordinator(), other, "facilitator-2");

        var result = await Send(Facilitator("facilitator-1"), s => s.Get.Url("/api/groups"));

        (await result.ReadAsJsonAsync<Group[]>())!.Select(g => g.Id).ShouldBe([mine]);
    }

    [Fact]
    public async Task One_group_comes_with_its_version_as_etag()
    {
        var id = await Host.CreateGroupAsync(Coordinator());
        await Host.AssignAsync(Coordinator(), id, "facilitator-1", "Amina");

        var result = await Send(Facilitator("facilitator-1"), s =>
        {
            s.Get.Url($"/api/groups/{id}");
            s.Header("ETag").SingleValueShouldEqual("\"2\"");
        });

        var group = (await result.ReadAsJsonAsync<Group>())!;
        group.Name.ShouldBe("Mardi matin");
        group.Facilitators.ShouldBe([new Facilitator("facilitator-1", "Amina")]);
        group.Version.ShouldBe(2);
    }

    [Fact]
    public async Task The_history_lists_the_events_oldest_first_with_who_and_correlation()
    {
        var id = await Host.CreateGroupAsync(Coordinator(userId: "coordinator-7"));
        await Send(Coordinator(userId: "coordinator-7"), s =>
        {
            s.Post.Json(new RenameGroup("Mardi, salle 2")).ToUrl($"/api/groups/{id}/rename");
            s.WithRequestHeader("X-Correlation-ID", "4bf92f3577b34da6a3ce929d0e0e4736");
        });

        var result = await Send(Coordinator(), s => s.Get.Url($"/api/groups/{id}/history"));

        var history = (await result.ReadAsJsonAsync<HistoryEntry[]>())!;
        history.Select(h => (h.Version, h.Type, h.By)).ShouldBe([(1, "group_created", "coordinator-7"), (2, "group_renamed", "coordinator-7")]);
        history[1].CorrelationId.ShouldBe("4bf92f3577b34da6a3ce929d0e0e4736");
        history[0].At.ShouldBeLessThanOrEqualTo(history[1].At);
    }
}
