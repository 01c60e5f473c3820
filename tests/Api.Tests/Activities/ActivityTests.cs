using LivingLibrary.Api.Activities;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Activities;

namespace LivingLibrary.Api.Tests.Activities;

public sealed class ActivityTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Amina = "facilitator-amina";

    [Fact]
    public async Task A_weekly_series_is_planned_once_and_the_programme_lists_its_Tuesdays_but_the_holidays()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        await Host.AssignAsync(Coordinator(), group, Amina);
        var christmas = new DateOnly(2026, 12, 29);

        var id = await Host.PlanAsync(Facilitator(Amina), group, ActivityScene.TuesdayWorkshop(christmas));

        var planned = (await Stream(id)).Single().Data.ShouldBeOfType<ActivityPlanned>();
        (planned.GroupId, planned.Kind, planned.Starts, planned.Ends).ShouldBe((group, ActivityKind.Workshop, new TimeOnly(14, 0), new TimeOnly(16, 30)));
        planned.Recurrence!.Rule.ShouldBe("FREQ=WEEKLY;INTERVAL=1;UNTIL=20270629");
        planned.Recurrence.Except.ShouldBe([christmas]);

        var december = await Host.GetAsync<IReadOnlyList<ProgrammeEntry>>(Facilitator(Amina), $"/api/groups/{group}/programme?from=2026-12-01&to=2026-12-31");
        december.Select(e => e.Occurrence.On).ShouldBe([new DateOnly(2026, 12, 1), new(2026, 12, 8), new(2026, 12, 15), new(2026, 12, 22)]);
        december.ShouldAllBe(e => e.Title == "Atelier du mardi" && e.Kind == ActivityKind.Workshop && e.Occurrence.Minutes == 150);

        var occurrence = await Host.GetAsync<OccurrenceView>(Facilitator(Amina), $"/api/activities/{id}/occurrences/2026-12-08");
        (occurrence.Occurrence.On, occurrence.Activity.Id).ShouldBe((new DateOnly(2026, 12, 8), id));
        occurrence.Attendees.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_day_with_no_occurrence_and_a_day_that_is_no_day_are_not_found()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        var id = await Host.PlanAsync(Coordinator(), group, ActivityScene.TuesdayWorkshop(new DateOnly(2026, 12, 29)));

        foreach (var day in new[] { "2026-12-29", "2026-12-30", "2026-02-30", "not-a-day" })
        {
            var result = await Send(Coordinator(), s =>
            {
                s.Get.Url($"/api/activities/{id}/occurrences/{day}");
                s.StatusCodeShouldBe(404);
            });
            (await result.ReadAsJsonAsync<ValidationProblem>())!.Code.ShouldBe("no-such-occurrence");
        }
    }

    [Fact]
    public async Task Bad_fields_are_all_named_and_nothing_is_appended()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        var before = await EventCount();

        var result = await Send(Coordinator(), s =>
        {
            s.Post.Json(new
            {
                kind = "concert", title = "", on = "2026-09-08", starts = "16:00", ends = "14:00", themes = new[] { "9.9" },
                repeats = new { every = "weekly", until = "2026-09-01" },
            }).ToUrl($"/api/groups/{group}/activities");
            s.StatusCodeShouldBe(400);
        });
        (await result.ReadAsJsonAsync<ValidationProblem>())!.Errors.Keys.Order().ShouldBe(["ends", "kind", "repeats.until", "themes", "title"]);

        await Send(Coordinator(), s =>
        {
            s.Post.Json(ActivityScene.Once(ActivityKind.Visit, new DateOnly(2026, 11, 5)) with { PartnerId = Guid.CreateVersion7() })
                .ToUrl($"/api/groups/{group}/activities");
            s.StatusCodeShouldBe(404);
        });
        await Send(Coordinator(), s =>
        {
            s.Get.Url($"/api/groups/{group}/programme?from=2026-09-01&to=2027-12-31");
            s.StatusCodeShouldBe(400);
        });
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_visit_takes_place_at_a_partner_of_the_directory()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var id = await Host.PlanAsync(Coordinator(), scene.Group,
            ActivityScene.Once(ActivityKind.Visit, new DateOnly(2026, 11, 5), "Visite de l'EPN") with { PartnerId = scene.Partner, Open = true });

        var activity = await Host.GetAsync<Activity>(Coordinator(), $"/api/activities/{id}");
        (activity.PartnerId, activity.Place, activity.Open, activity.Recurrence).ShouldBe((scene.Partner, (string?)null, true, (Recurrence?)null));
    }

    [Fact]
    public async Task Another_organisation_and_a_facilitator_of_another_group_find_nothing_and_append_nothing()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        await Host.AssignAsync(Coordinator(), group, Amina);
        var other = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Jeudi"));
        var id = await Host.PlanAsync(Coordinator(), other, ActivityScene.TuesdayWorkshop());
        var before = await EventCount();

        foreach (var token in new[] { Facilitator(Amina), Coordinator(OrgB) })
        {
            foreach (var url in new[] { $"/api/activities/{id}", $"/api/activities/{id}/occurrences/2026-09-08", $"/api/groups/{other}/programme" })
                await Send(token, s =>
                {
                    s.Get.Url(url);
                    s.StatusCodeShouldBe(404);
                });
            await Send(token, s =>
            {
                s.Post.Json(ActivityScene.TuesdayWorkshop()).ToUrl($"/api/groups/{other}/activities");
                s.StatusCodeShouldBe(404);
            });
        }
        (await EventCount()).ShouldBe(before);
    }
}
