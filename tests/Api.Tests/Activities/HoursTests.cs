using System.Net;
using LivingLibrary.Api.Activities;
using LivingLibrary.Api.ConsolePages;
using LivingLibrary.Api.Localisation;
using LivingLibrary.Api.Progress;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Console;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Activities;
using LivingLibrary.Domain.Evaluations;

namespace LivingLibrary.Api.Tests.Activities;

/// <summary>A group's hours through the API and the console: counted by hand in the comments.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class HoursTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string September = "from=2026-09-01&to=2026-09-30";

    /// <summary>
    /// Tuesday workshops 14:00–16:30 (150 min) on 8, 15, 22 (a holiday), 29 September; a visit on 17 September 10:00–12:00.
    /// Samira came to the 8th, left the 15th at 15:30, and came to the visit; Jean came to the 8th from 14:30, was absent on
    /// the 15th. The 29th's attendance is not taken.
    /// </summary>
    private async Task<CaseScene> SeptemberAsync()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var workshop = await Host.PlanAsync(Coordinator(), scene.Group, ActivityScene.TuesdayWorkshop(new DateOnly(2026, 9, 22)));
        var visit = await Host.PlanAsync(Coordinator(), scene.Group, ActivityScene.Once(ActivityKind.Visit, new DateOnly(2026, 9, 17)));
        await using var session = Store.LightweightSession(OrgA);
        session.Events.Append(workshop,
            new AttendanceTaken(workshop, new(2026, 9, 8), [new(scene.Samira, Presence.Present), new(scene.Jean, Presence.Present, Arrived: new(14, 30))]),
            new AttendanceTaken(workshop, new(2026, 9, 15), [new(scene.Samira, Presence.Present, Left: new(15, 30)), new(scene.Jean, Presence.Absent)]));
        session.Events.Append(visit, new AttendanceTaken(visit, new(2026, 9, 17), [new(scene.Samira, Presence.Present)]));
        await session.SaveChangesAsync();
        return scene;
    }

    [Fact]
    public async Task A_groups_hours_of_a_month_equal_a_hand_count_and_name_each_participant_for_its_staff()
    {
        var scene = await SeptemberAsync();

        var hours = await Host.GetAsync<GroupHoursView>(Facilitator(CaseScene.Facilitator), $"/api/groups/{scene.Group}/hours?{September}");

        // Workshops 8, 15, 29 (3 × 150 min) and the visit (120 min): 570 min.
        (hours.Figures.Occurrences, hours.Figures.WithAttendance, hours.Figures.Hours).ShouldBe((4, 3, 9.5));
        // Samira 150 + 90 + 120, Jean 120: 480 min; present 4 of 5 recorded.
        (hours.Figures.ParticipantHours, hours.Figures.Present, hours.Figures.Recorded, hours.Figures.AttendanceRate).ShouldBe((8, 4, 5, 0.8));
        hours.People.Select(p => (p.ParticipantId, p.DisplayName, p.Hours)).ShouldBe([(scene.Jean, "Jean", 2), (scene.Samira, "Samira", 6)]);
        hours.People[0].Came.ShouldBe([new Came(ActivityKind.Workshop, 1, 2)]);
        hours.People[1].Came.ShouldBe([new Came(ActivityKind.Workshop, 2, 2), new Came(ActivityKind.Visit, 1, 1)]);
    }

    [Fact]
    public async Task Another_organisation_and_a_facilitator_of_another_group_do_not_find_it_and_a_wrong_period_is_refused_by_field()
    {
        var scene = await SeptemberAsync();
        var url = $"/api/groups/{scene.Group}/hours?{September}";
        var other = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Jeudi"));
        await Host.AssignAsync(Coordinator(), other, "facilitator-other");

        foreach (var stranger in new[] { Coordinator(OrgB), Facilitator("facilitator-other") })
            await Send(stranger, s => { s.Get.Url(url); s.StatusCodeShouldBe(404); });
        var refused = await Send(Coordinator(), s =>
        {
            s.Get.Url($"/api/groups/{scene.Group}/hours?from=2026-09-01&to=2026-08-01");
            s.StatusCodeShouldBe(400);
        });
        (await refused.ReadAsJsonAsync<ValidationProblem>())!.Errors.Keys.ShouldBe(["to"]);
    }

    [Fact]
    public async Task The_console_page_is_linked_from_the_group_and_shows_the_hours_and_who_came_to_how_many_workshops()
    {
        var scene = await SeptemberAsync();
        var amina = await ConsoleClient.SignInAsync(Host, CaseScene.Facilitator, OrgA, Security.FacilitatorRole);

        (await amina.GetAsync($"/console/groups/{scene.Group}")).Document
            .QuerySelector($"a[href='/console/groups/{scene.Group}/hours']").ShouldNotBeNull();
        var page = await amina.GetAsync($"/console/groups/{scene.Group}/hours?{September}");

        page.Status.ShouldBe(HttpStatusCode.OK, page.Text);
        page.Document.QuerySelectorAll("#hours-totals dd").Select(d => d.TextContent.Trim()).Take(3).ShouldBe(["4", "0", "3"]);
        page.Document.QuerySelector($"#hours-{scene.Samira} th a")!.TextContent.ShouldBe("Samira");
        page.Document.QuerySelectorAll($"#hours-{scene.Jean} td").Select(d => d.TextContent.Trim()).ShouldContain("1 of 2");
        var stranger = await ConsoleClient.SignInAsync(Host, "facilitator-other", OrgA, Security.FacilitatorRole);
        (await stranger.GetAsync($"/console/groups/{scene.Group}/hours")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Progress_says_what_each_participant_came_to_and_the_participant_reads_it_in_plain_words()
    {
        var scene = await SeptemberAsync();

        var samira = await Host.GetAsync<PersonProgress>(Coordinator(), $"/api/participants/{scene.Samira}/progress");
        samira.Came.ShouldBe([new Came(ActivityKind.Workshop, 2, 2), new Came(ActivityKind.Visit, 1, 1)]);
        var group = await Host.GetAsync<GroupProgressView>(Facilitator(CaseScene.Facilitator), $"/api/groups/{scene.Group}/progress");
        group.People.Single(p => p.Progress.ParticipantId == scene.Jean).Progress.Came.ShouldBe([new Came(ActivityKind.Workshop, 1, 2)]);

        var me = await ConsoleClient.SignInParticipantAsync(Host, scene.Jean, OrgA);
        var page = await me.GetAsync("/console/me/progress");

        page.Status.ShouldBe(HttpStatusCode.OK, page.Text);
        page.Document.QuerySelectorAll("#came li").Select(li => li.TextContent.Trim()).Single()
            .ShouldBeOneOf([.. new[] { "fr", "nl", "en" }.Select(l => Catalogue.Standalone.Say(Words.MeProgressCame(ActivityKind.Workshop, 1, 2), l))]);
    }
}
