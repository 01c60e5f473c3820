using Alba;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Groups;

namespace LivingLibrary.Api.Tests.Groups;

/// <summary>Organisations are isolated, and a facilitator sees only the groups assigned to them.</summary>
public sealed class GroupIsolationTests(ApiFixture fixture) : ApiTest(fixture)
{
    /// <summary>Every route of one group: reads and commands.</summary>
    public static TheoryData<string> GroupRoutes() =>
    [
        "GET /api/groups/{id}",
        "GET /api/groups/{id}/history",
        "POST /api/groups/{id}/rename",
        "POST /api/groups/{id}/reschedule",
        "POST /api/groups/{id}/facilitators",
        "DELETE /api/groups/{id}/facilitators/facilitator-1",
        "POST /api/groups/{id}/close",
    ];

    [Theory, MemberData(nameof(GroupRoutes))]
    public async Task A_coordinator_of_another_organisation_gets_404_and_changes_nothing(string route)
    {
        var id = await Host.CreateGroupAsync(Coordinator(OrgA));
        await Host.AssignAsync(Coordinator(OrgA), id, "facilitator-1");
        var before = await EventCount();

        await Send(Coordinator(OrgB), s =>
        {
            Call(s, route, id);
            s.StatusCodeShouldBe(404);
            s.ContentTypeShouldBe("application/problem+json");
        });

        (await EventCount()).ShouldBe(before);
    }

    [Theory, MemberData(nameof(GroupRoutes))]
    public async Task A_facilitator_of_another_group_gets_404_and_changes_nothing(string route)
    {
        var id = await Host.CreateGroupAsync(Coordinator());
        await Host.AssignAsync(Coordinator(), id, "facilitator-1");
        var before = await EventCount();

        await Send(Facilitator("facilitator-2"), s =>
        {
            Call(s, route, id);
            s.StatusCodeShouldBe(404);
        });

        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task The_same_user_id_in_another_organisation_does_not_reach_the_group()
    {
        var id = await Host.CreateGroupAsync(Coordinator(OrgA));
        await Host.AssignAsync(Coordinator(OrgA), id, "facilitator-1");

        await Send(Facilitator("facilitator-1", OrgB), s =>
        {
            s.Get.Url($"/api/groups/{id}");
            s.StatusCodeShouldBe(404);
        });
        var list = await Send(Facilitator("facilitator-1", OrgB), s => s.Get.Url("/api/groups"));
        (await list.ReadAsJsonAsync<Group[]>())!.ShouldBeEmpty();
    }

    private static void Call(Scenario s, string route, Guid id)
    {
        var (method, url) = (route.Split(' ')[0], route.Split(' ')[1].Replace("{id}", id.ToString()));
        switch (method)
        {
            case "GET": s.Get.Url(url); break;
            case "DELETE": s.Delete.Url(url); break;
            default:
                object body = url.Split('/').Last() switch
                {
                    "rename" => new RenameGroup("Taken over"),
                    "reschedule" => new RescheduleGroup(new DateOnly(2027, 1, 1), new DateOnly(2027, 2, 1)),
                    "facilitators" => new AssignFacilitator("intruder", "Intruder"),
                    _ => new CloseGroup(null),
                };
                s.Post.Json(body).ToUrl(url);
                break;
        }
    }
}
