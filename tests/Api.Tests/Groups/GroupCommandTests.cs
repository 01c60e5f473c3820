using Alba;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Groups;

namespace LivingLibrary.Api.Tests.Groups;

public sealed class GroupCommandTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Renaming_appends_the_event_and_answers_the_new_version_as_etag()
    {
        var id = await Host.CreateGroupAsync(Coordinator());

        var result = await Send(Coordinator(), s =>
        {
            s.Post.Json(new RenameGroup("Mardi après-midi")).ToUrl($"/api/groups/{id}/rename");
            s.WithRequestHeader("If-Match", "\"1\"");
            s.Header("ETag").SingleValueShouldEqual("\"2\"");
        });

        (await result.ReadAsJsonAsync<Versioned>())!.Version.ShouldBe(2);
        (await Stream(id)).Last().Data.ShouldBe(new GroupRenamed(id, "Mardi après-midi"));
    }

    [Fact]
    public async Task The_answers_version_is_the_streams_after_the_append_even_when_nothing_was_appended()
    {
        var id = await Host.CreateGroupAsync(Coordinator());
        await Send(Coordinator(), s => s.Post.Json(new AssignFacilitator("amina", "Amina")).ToUrl($"/api/groups/{id}/facilitators"));

        var renamed = await Send(Coordinator(), s => s.Post.Json(new RenameGroup("Jeudi")).ToUrl($"/api/groups/{id}/rename"));
        var unchanged = await Send(Coordinator(), s => s.Post.Json(new RenameGroup("Jeudi")).ToUrl($"/api/groups/{id}/rename"));

        var stored = (await Stream(id)).Last().Version;
        stored.ShouldBe(3);
        renamed.Context.Response.Headers.ETag.ToString().ShouldBe($"\"{stored}\"");
        (await unchanged.ReadAsJsonAsync<Versioned>())!.Version.ShouldBe(stored);
    }

    [Fact]
    public async Task Someone_who_may_not_see_the_group_gets_404_whatever_if_match_they_send()
    {
        var id = await Host.CreateGroupAsync(Coordinator());

        await Send(Facilitator("stranger"), s =>
        {
            s.Post.Json(new RenameGroup("Mine")).ToUrl($"/api/groups/{id}/rename");
            s.WithRequestHeader("If-Match", "\"7\"");
            s.StatusCodeShouldBe(404);
        });
        (await Stream(id)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_stale_if_match_is_refused_with_412_and_nothing_is_appended()
    {
        var id = await Host.CreateGroupAsync(Coordinator());
        await Send(Coordinator(), s => s.Post.Json(new RenameGroup("Second name")).ToUrl($"/api/groups/{id}/rename"));

        await Send(Coordinator(), s =>
        {
            s.Post.Json(new RenameGroup("Third name")).ToUrl($"/api/groups/{id}/rename");
            s.WithRequestHeader("If-Match", "\"1\"");
            s.StatusCodeShouldBe(412);
            s.ContentTypeShouldBe("application/problem+json");
        });

        (await Stream(id)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Concurrent_commands_on_the_same_version_let_exactly_one_through()
    {
        var id = await Host.CreateGroupAsync(Coordinator());

        var attempts = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => Host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {Coordinator()}");
            s.WithRequestHeader("If-Match", "\"1\"");
            s.Post.Json(new RenameGroup($"Name {i}")).ToUrl($"/api/groups/{id}/rename");
            s.IgnoreStatusCode();
        })));

        var statuses = attempts.Select(a => a.Context.Response.StatusCode).ToList();
        statuses.Count(s => s == 200).ShouldBe(1);
        statuses.Where(s => s != 200).ShouldAllBe(s => s == 409 || s == 412);
        (await Stream(id)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Rescheduling_appends_the_new_period_and_refuses_an_end_before_the_start()
    {
        var id = await Host.CreateGroupAsync(Coordinator());

        await Send(Coordinator(), s => s.Post.Json(new RescheduleGroup(new DateOnly(2026, 10, 1), new DateOnly(2027, 3, 31)))
            .ToUrl($"/api/groups/{id}/reschedule"));
        await Send(Coordinator(), s =>
        {
            s.Post.Json(new RescheduleGroup(new DateOnly(2026, 10, 1), new DateOnly(2026, 9, 30))).ToUrl($"/api/groups/{id}/reschedule");
            s.StatusCodeShouldBe(400);
        });

        var events = await Stream(id);
        events.Count.ShouldBe(2);
        events[1].Data.ShouldBe(new GroupRescheduled(id, new DateOnly(2026, 10, 1), new DateOnly(2027, 3, 31)));
    }

    [Fact]
    public async Task A_command_that_changes_nothing_appends_nothing()
    {
        var id = await Host.CreateGroupAsync(Coordinator());

        var result = await Send(Coordinator(), s => s.Post.Json(new RenameGroup("Mardi matin")).ToUrl($"/api/groups/{id}/rename"));

        (await result.ReadAsJsonAsync<Versioned>())!.Version.ShouldBe(1);
        (await Stream(id)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Assigning_and_removing_a_facilitator_appends_both_events_and_moves_their_access()
    {
        var id = await Host.CreateGroupAsync(Coordinator());
        await Host.AssignAsync(Coordinator(), id, "facilitator-1", "Amina");
        await Send(Facilitator("facilitator-1"), s => s.Get.Url($"/api/groups/{id}"));

        await Send(Coordinator(), s => s.Delete.Url($"/api/groups/{id}/facilitators/facilitator-1"));

        var events = await Stream(id);
        events[1].Data.ShouldBe(new FacilitatorAssigned(id, "facilitator-1", "Amina"));
        events[2].Data.ShouldBe(new FacilitatorRemoved(id, "facilitator-1"));
        await Send(Facilitator("facilitator-1"), s =>
        {
            s.Get.Url($"/api/groups/{id}");
            s.StatusCodeShouldBe(404);
        });
    }

    [Fact]
    public async Task An_assigned_facilitator_runs_the_group_but_may_not_staff_or_close_it()
    {
        var id = await Host.CreateGroupAsync(Coordinator());
        await Host.AssignAsync(Coordinator(), id, "facilitator-1");
        var facilitator = Facilitator("facilitator-1");
        var before = await EventCount();

        await Send(facilitator, s => s.Post.Json(new RenameGroup("Renamed by the facilitator")).ToUrl($"/api/groups/{id}/rename"));
        (await EventCount()).ShouldBe(before + 1);

        await Send(facilitator, s =>
        {
            s.Post.Json(new AssignFacilitator("facilitator-2", "Jan")).ToUrl($"/api/groups/{id}/facilitators");
            s.StatusCodeShouldBe(403);
        });
        await Send(facilitator, s =>
        {
            s.Delete.Url($"/api/groups/{id}/facilitators/facilitator-1");
            s.StatusCodeShouldBe(403);
        });
        await Send(facilitator, s =>
        {
            s.Post.Json(new CloseGroup(null)).ToUrl($"/api/groups/{id}/close");
            s.StatusCodeShouldBe(403);
        });
        (await EventCount()).ShouldBe(before + 1);
    }

    [Fact]
    public async Task A_closed_group_refuses_every_change_with_409()
    {
        var id = await Host.CreateGroupAsync(Coordinator());
        await Send(Coordinator(), s => s.Post.Json(new CloseGroup("End of the project")).ToUrl($"/api/groups/{id}/close"));
        (await Stream(id)).Last().Data.ShouldBe(new GroupClosed(id, "End of the project"));
        var before = await EventCount();

        await Send(Coordinator(), s =>
        {
            s.Post.Json(new CloseGroup(null)).ToUrl($"/api/groups/{id}/close");
            s.StatusCodeShouldBe(409);
        });
        await Send(Coordinator(), s =>
        {
            s.Post.Json(new RenameGroup("Too late")).ToUrl($"/api/groups/{id}/rename");
            s.StatusCodeShouldBe(409);
        });
        await Send(Coordinator(), s =>
        {
            s.Post.Json(new AssignFacilitator("facilitator-9", "Late")).ToUrl($"/api/groups/{id}/facilitators");
            s.StatusCodeShouldBe(409);
        });
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_command_on_a_group_that_does_not_exist_is_404()
    {
        await Send(Coordinator(), s =>
        {
            s.Post.Json(new RenameGroup("Nobody")).ToUrl($"/api/groups/{Guid.NewGuid()}/rename");
            s.StatusCodeShouldBe(404);
            s.ContentTypeShouldBe("application/problem+json");
        });
        await Send(Coordinator(), s =>
        {
            s.Post.Json(new RenameGroup("Nobody")).ToUrl("/api/groups/not-a-guid/rename");
            s.StatusCodeShouldBe(404);
        });
        (await EventCount()).ShouldBe(0);
    }
}
