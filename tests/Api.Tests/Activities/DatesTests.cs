using Alba;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Domain.Privacy;

namespace LivingLibrary.Api.Tests.Activities;

/// <summary>
/// When something happened versus when it was recorded (docs/adr/0031): a paper sheet typed in late counts in its own
/// month by <c>from/to</c>, and <c>asOf</c> still answers what the event store knew on a day.
/// </summary>
public sealed class DatesTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly DateTimeOffset TypedIn = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
    private const string October = "from=2026-10-01&to=2026-10-31";

    private static FirstAccompaniment HalfAnHour => new(30, Setting.OnSite, DeviceUsed.OwnPhone, ProcedureProgress.Done, null, null);

    [Fact]
    public async Task A_desks_October_typed_in_November_counts_in_October_and_was_not_known_at_the_end_of_October()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var worker = Facilitator(CaseScene.DeskWorker);
        var requests = $"/api/desks/{scene.Desk}/requests";
        Guid[] cases =
        [
            await Host.CreateAsync(worker, requests, CaseScene.VisitorRequest(new DateOnly(2026, 10, 6))),
            await Host.CreateAsync(worker, requests, CaseScene.VisitorRequest(new DateOnly(2026, 10, 13)) with { Accompaniment = HalfAnHour }),
            await Host.CreateAsync(worker, requests, CaseScene.VisitorRequest(new DateOnly(2026, 11, 3))),
        ];
        await EventsRecordedAt(TypedIn, cases);
        var activity = $"/api/desks/{scene.Desk}/activity";

        var october = await Host.GetAsync<CaseActivity>(worker, $"{activity}?{October}");
        (october.Requests, october.Accompaniments, october.Minutes, october.Open).ShouldBe((2, 1, 30, 2));

        var knownThen = await Host.GetAsync<CaseActivity>(worker, $"{activity}?{October}&asOf=2026-10-31");
        (knownThen.Requests, knownThen.Accompaniments, knownThen.Minutes).ShouldBe((0, 0, 0));

        var knownWhenTyped = await Host.GetAsync<CaseActivity>(worker, $"{activity}?{October}&asOf=2026-11-20");
        (knownWhenTyped.Requests, knownWhenTyped.Minutes).ShouldBe((2, 30));

        (await Host.GetAsync<CaseActivity>(worker, activity)).Requests.ShouldBe(3);
        (await Host.GetAsync<CaseActivity>(worker, $"{activity}?from=2026-11-01&to=2026-11-30")).Requests.ShouldBe(1);
    }

    [Fact]
    public async Task A_groups_accompaniments_count_in_the_month_they_were_given_whichever_month_the_case_came_in()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var facilitator = Facilitator(CaseScene.Facilitator);
        var caseId = await Host.PostCaseAsync(facilitator, scene.Group, CaseScene.ItsmeCase(scene.Samira) with { PostedOn = new DateOnly(2026, 10, 5) });
        await Host.SendAsync(facilitator, $"/api/cases/{caseId}/accompaniments", CaseScene.Accompaniment(30) with { On = new DateOnly(2026, 10, 12) });
        await Host.SendAsync(facilitator, $"/api/cases/{caseId}/accompaniments", CaseScene.Accompaniment(45) with { On = new DateOnly(2026, 11, 10) });
        (await Stream(caseId)).First().Data.ShouldBeOfType<CasePosted>().PostedOn.ShouldBe(new DateOnly(2026, 10, 5));
        await EventsRecordedAt(TypedIn, caseId);
        var activity = $"/api/groups/{scene.Group}/case-activity";

        var october = await Host.GetAsync<CaseActivity>(facilitator, $"{activity}?{October}");
        (october.Requests, october.Accompaniments, october.Minutes).ShouldBe((1, 1, 30));
        var november = await Host.GetAsync<CaseActivity>(facilitator, $"{activity}?from=2026-11-01&to=2026-11-30");
        (november.Requests, november.Accompaniments, november.Minutes).ShouldBe((0, 1, 45));

        var knownThen = await Host.GetAsync<CaseActivity>(facilitator, $"{activity}?{October}&asOf=2026-10-31");
        (knownThen.Requests, knownThen.Accompaniments, knownThen.Minutes).ShouldBe((0, 0, 0));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-85)]
    public async Task A_case_posted_tomorrow_or_before_its_group_began_is_refused_and_nothing_is_appended(int days)
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        ApiFixture.Today.AddDays(-85).ShouldBe(new DateOnly(2026, 8, 31), "the day before the scene's group begins");
        var before = await EventCount();

        var result = await Send(Facilitator(CaseScene.Facilitator), s =>
        {
            s.Post.Json(CaseScene.ItsmeCase(scene.Samira) with { PostedOn = ApiFixture.Today.AddDays(days) }).ToUrl($"/api/groups/{scene.Group}/cases");
            s.StatusCodeShouldBe(400);
        });

        (await result.ReadAsJsonAsync<ValidationProblem>())!.Errors.Keys.ShouldBe(["postedOn"]);
        (await EventCount()).ShouldBe(before);
    }

    [Theory]
    [InlineData("from=2026-10-01", "to")]
    [InlineData("to=2026-10-31", "from")]
    [InlineData("from=2026-10-31&to=2026-10-01", "to")]
    [InlineData("from=2025-01-01&to=2026-10-31", "to")]
    public async Task A_period_of_figures_is_both_days_in_order_and_not_too_long(string period, string field)
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());

        foreach (var url in new[] { $"/api/desks/{scene.Desk}/activity?{period}", $"/api/groups/{scene.Group}/case-activity?{period}" })
        {
            var result = await Send(Coordinator(), s =>
            {
                s.Get.Url(url);
                s.StatusCodeShouldBe(400);
            });
            (await result.ReadAsJsonAsync<ValidationProblem>())!.Errors.Keys.ShouldBe([field]);
        }
    }

    [Fact]
    public async Task A_departure_typed_in_later_is_gone_from_its_own_day_for_the_retention()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        await Send(Coordinator(), s => { s.Put.Json(new SetRetention(1)).ToUrl("/api/retention"); s.StatusCodeShouldBe(200); });
        var leftInSeptember = new DateOnly(2026, 9, 30);
        var before = await EventCount();

        var refused = await Send(Coordinator(), s =>
        {
            s.Post.Json(new RecordDeparture(null, ApiFixture.Today.AddDays(1))).ToUrl($"/api/participants/{scene.Samira}/leave");
            s.StatusCodeShouldBe(400);
        });
        (await refused.ReadAsJsonAsync<ValidationProblem>())!.Errors.Keys.ShouldBe(["on"]);
        (await EventCount()).ShouldBe(before);

        await Host.SendAsync(Coordinator(), $"/api/participants/{scene.Samira}/leave", new RecordDeparture(null, leftInSeptember));
        await Host.SendAsync(Coordinator(), $"/api/participants/{scene.Jean}/leave", new RecordDeparture(null));

        (await Stream(scene.Samira)).Last().Data.ShouldBe(new ParticipantLeft(scene.Samira, scene.Group, null, leftInSeptember));
        var due = await Host.GetAsync<IReadOnlyList<DueForErasure>>(Coordinator(), "/api/retention/due");
        due.Select(d => (d.Id, d.GoneOn)).ShouldBe([(scene.Samira, leftInSeptember)], "Jean left today, recorded today");
    }
}
