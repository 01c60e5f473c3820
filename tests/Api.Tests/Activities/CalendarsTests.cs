using Alba;
using Ical.Net;
using Ical.Net.DataTypes;
using LivingLibrary.Api.Activities;
using LivingLibrary.Api.Activities.Calendars;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Activities;
using LivingLibrary.Domain.Privacy;
using Attendee = LivingLibrary.Domain.Activities.Attendee;

namespace LivingLibrary.Api.Tests.Activities;

public sealed class CalendarsTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Amina = "facilitator-amina";
    private static readonly DateOnly Christmas = new(2026, 12, 29);
    private static readonly DateOnly Easter = new(2027, 4, 6);
    private static readonly DateOnly MovedTuesday = new(2026, 10, 13);
    private static readonly DateOnly CancelledTuesday = new(2026, 11, 10);
    private const string Year = "from=2026-09-01&to=2027-06-30";

    /// <summary>A group Amina runs, with the Tuesday workshop: two holidays, one Tuesday moved to the Thursday, another cancelled.</summary>
    private async Task<(Guid Group, Guid Workshop)> TuesdaysAsync(string organisation = OrgA)
    {
        var group = await Host.CreateGroupAsync(Coordinator(organisation));
        await Host.AssignAsync(Coordinator(organisation), group, Amina);
        var workshop = await Host.PlanAsync(Facilitator(Amina, organisation), group, ActivityScene.TuesdayWorkshop(Christmas, Easter));
        await using var session = Store.LightweightSession(organisation);
        session.Events.Append(workshop, new OccurrenceMoved(workshop, MovedTuesday, MovedTuesday.AddDays(2), new(9, 30), new(11, 0), "Bibliothèque"),
            new OccurrenceCancelled(workshop, CancelledTuesday, null));
        await session.SaveChangesAsync();
        return (group, workshop);
    }

    private async Task<CalendarAddress> MakeAsync(string token, string url, object? body = null, int status = 201)
    {
        var result = await Send(token, s =>
        {
            s.Post.Json(body ?? new { }).ToUrl(url);
            s.StatusCodeShouldBe(status);
        });
        return (await result.ReadAsJsonAsync<CalendarAddress>())!;
    }

    /// <summary>The feed as a calendar application fetches it: no sign-in, the address as given.</summary>
    private async Task<string> FeedAsync(string address, int status = 200)
    {
        var result = await Host.Scenario(s =>
        {
            s.Get.Url(new Uri(address).PathAndQuery);
            s.StatusCodeShouldBe(status);
        });
        if (status == 200) result.Context.Response.ContentType.ShouldStartWith("text/calendar");
        return await result.ReadAsTextAsync();
    }

    private static IReadOnlyList<(DateOnly On, TimeOnly? Starts, TimeOnly? Ends, bool Cancelled)> Expanded(string ics) =>
        [.. Calendar.Load(ics)!.GetOccurrences(new CalDateTime(new DateOnly(2026, 9, 1), new TimeOnly(0, 0), CalendarFeed.TimeZone))
            .TakeWhile(o => o.Period.StartTime.Date <= new DateOnly(2027, 6, 30))
            .Select(o => (o.Period.StartTime.Date, (TimeOnly?)o.Period.StartTime.Time, (TimeOnly?)o.Period.EffectiveEndTime!.Time,
                ((Ical.Net.CalendarComponents.CalendarEvent)o.Source).Status == EventStatus.Cancelled))];

    private static IEnumerable<(DateOnly, TimeOnly?, TimeOnly?, bool)> Of(IEnumerable<ProgrammeEntry> programme) =>
        programme.Select(e => (e.Occurrence.On, e.Occurrence.Starts, e.Occurrence.Ends, e.Occurrence.Cancelled));

    [Fact]
    public async Task A_group_feed_parsed_back_by_a_calendar_library_holds_the_programme_with_its_holidays_move_and_cancellation()
    {
        var (group, workshop) = await TuesdaysAsync();
        var samira = await Host.EnrolAsync(Coordinator(), group, ParticipantScenarios.NewParticipant("Samira"));
        await using (var session = Store.LightweightSession(OrgA))
        {
            session.Events.Append(workshop, new AttendanceTaken(workshop, ActivityScene.FirstTuesday, [new Attendee(samira, Presence.Present)]));
            await session.SaveChangesAsync();
        }

        var made = await MakeAsync(Facilitator(Amina), $"/api/groups/{group}/calendar-links", new { of = "group" });

        var created = (await Stream(made.CalendarLinkId)).Single().Data.ShouldBeOfType<CalendarLinkCreated>();
        (created.Of, created.GroupId, created.FacilitatorId, created.ParticipantId).ShouldBe((FeedOf.Group, (Guid?)group, (string?)null, (Guid?)null));
        var secret = new Uri(made.Address!).Query.Split("key=")[1];
        secret.Length.ShouldBeGreaterThanOrEqualTo(32);
        created.SecretHash.ShouldNotContain(secret, Case.Insensitive);
        (await Sql<long>("select count(*) from mt_events where data::text ilike @secret", ("secret", $"%{secret}%"))).ShouldBe(0);

        var ics = await FeedAsync(made.Address!);

        var programme = await Host.GetAsync<IReadOnlyList<ProgrammeEntry>>(Facilitator(Amina), $"/api/groups/{group}/programme?{Year}");
        Expanded(ics).ShouldBe(Of(programme));
        programme.Count.ShouldBe(41);
        programme.Single(e => e.Occurrence.PlannedFor == CancelledTuesday).Occurrence.Cancelled.ShouldBeTrue();
        programme.Single(e => e.Occurrence.PlannedFor == MovedTuesday).Occurrence.On.ShouldBe(MovedTuesday.AddDays(2));
        ics.ShouldContain("EXDATE;TZID=Europe/Brussels:20261229T140000,20270406T140000");
        ics.ShouldContain("LOCATION:Agora\\, Saint-Léonard\\, Liège");
        ics.ShouldNotContain("Samira");
        ics.ShouldNotContain(samira.ToString());
        ics.ShouldNotContain("Amina");
        ics.ShouldNotContain("ATTENDEE");
        (await FeedAsync(made.Address!)).Split('\n').Where(l => l.StartsWith("UID")).ShouldBe(ics.Split('\n').Where(l => l.StartsWith("UID")));
    }

    [Fact]
    public async Task A_revoked_address_and_an_unknown_one_are_not_found_and_revoking_twice_appends_nothing()
    {
        var (group, _) = await TuesdaysAsync();
        var made = await MakeAsync(Coordinator(), $"/api/groups/{group}/calendar-links", new { of = "group" });
        await FeedAsync(made.Address!);
        (await Host.GetAsync<IReadOnlyList<CalendarLinkView>>(Coordinator(), $"/api/groups/{group}/calendar-links"))
            .Select(l => l.CalendarLinkId).ShouldBe([made.CalendarLinkId]);

        await Send(Facilitator(Amina), s => s.Post.Json(new { }).ToUrl($"/api/calendar-links/{made.CalendarLinkId}/revoke"));

        (await Stream(made.CalendarLinkId)).Last().Data.ShouldBe(new CalendarLinkRevoked(made.CalendarLinkId));
        var problem = await FeedAsync(made.Address!, 404);
        problem.ShouldContain("no-such-calendar-link");
        (await Host.GetAsync<IReadOnlyList<CalendarLinkView>>(Coordinator(), $"/api/groups/{group}/calendar-links")).ShouldBeEmpty();
        await FeedAsync($"http://localhost{CalendarSecrets.FeedRoute(OrgA)}?key={CalendarSecrets.New()}", 404);
        await FeedAsync($"http://localhost{CalendarSecrets.FeedRoute(OrgA)}?key=not-a-secret", 404);
        await FeedAsync($"http://localhost{CalendarSecrets.FeedRoute(OrgA)}", 404);

        var before = await EventCount();
        await Send(Coordinator(), s => s.Post.Json(new { }).ToUrl($"/api/calendar-links/{made.CalendarLinkId}/revoke"));
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Another_organisation_or_a_facilitator_of_another_group_reaches_no_feed_and_no_address_and_appends_nothing()
    {
        var (group, _) = await TuesdaysAsync();
        var made = await MakeAsync(Coordinator(), $"/api/groups/{group}/calendar-links", new { of = "group" });
        var other = await Host.CreateGroupAsync(Coordinator());
        await Host.AssignAsync(Coordinator(), other, "facilitator-bruno", "Bruno");
        var before = await EventCount();

        // The same secret under another organisation's address, and the other organisation's staff.
        await FeedAsync(made.Address!.Replace($"/organisations/{OrgA}/", $"/organisations/{OrgB}/"), 404);
        foreach (var stranger in new[] { Coordinator(OrgB), Facilitator("facilitator-bruno") })
        {
            await Send(stranger, s => { s.Post.Json(new { }).ToUrl($"/api/calendar-links/{made.CalendarLinkId}/revoke"); s.StatusCodeShouldBe(404); });
            await Send(stranger, s => { s.Post.Json(new { of = "group" }).ToUrl($"/api/groups/{group}/calendar-links"); s.StatusCodeShouldBe(404); });
            await Send(stranger, s => { s.Get.Url($"/api/groups/{group}/calendar-links"); s.StatusCodeShouldBe(404); });
        }

        (await EventCount()).ShouldBe(before);
        await FeedAsync(made.Address!);
    }

    [Fact]
    public async Task A_facilitator_feed_carries_every_group_they_run_and_only_a_facilitator_of_the_group_makes_one()
    {
        var (group, workshop) = await TuesdaysAsync();
        var second = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Jeudi"));
        await Host.AssignAsync(Coordinator(), second, Amina);
        var visit = await Host.PlanAsync(Facilitator(Amina), second, ActivityScene.Once(ActivityKind.Visit, new DateOnly(2026, 11, 5)));
        var notHers = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Vendredi"));
        var notHersVisit = await Host.PlanAsync(Coordinator(), notHers, ActivityScene.Once(ActivityKind.Visit, new DateOnly(2026, 11, 6)));

        var made = await MakeAsync(Facilitator(Amina), $"/api/groups/{group}/calendar-links", new { of = "facilitator" });

        (await Stream(made.CalendarLinkId)).Single().Data.ShouldBeOfType<CalendarLinkCreated>().FacilitatorId.ShouldBe(Amina);
        var events = Calendar.Load(await FeedAsync(made.Address!))!.Events;
        events.Select(e => e.Uid).Distinct().Order().ShouldBe(new[] { CalendarFeed.Uid(workshop), CalendarFeed.Uid(visit) }.Order());
        events.ShouldNotContain(e => e.Uid == CalendarFeed.Uid(notHersVisit));
        (await Host.GetAsync<IReadOnlyList<CalendarLinkView>>(Facilitator(Amina), $"/api/groups/{second}/calendar-links"))
            .Select(l => (l.CalendarLinkId, l.Of)).ShouldBe([(made.CalendarLinkId, FeedOf.Facilitator)]);
        (await Host.GetAsync<IReadOnlyList<CalendarLinkView>>(Coordinator(), $"/api/groups/{group}/calendar-links")).ShouldBeEmpty();

        var before = await EventCount();
        var refused = await Send(Coordinator(), s => { s.Post.Json(new { of = "facilitator" }).ToUrl($"/api/groups/{group}/calendar-links"); s.StatusCodeShouldBe(400); });
        (await refused.ReadAsJsonAsync<ValidationProblem>())!.Errors.Keys.ShouldBe(["of"]);
        foreach (var of in new object[] { new { of = "participant" }, new { of = "everyone" }, new { } })
        {
            var bad = await Send(Coordinator(), s => { s.Post.Json(of).ToUrl($"/api/groups/{group}/calendar-links"); s.StatusCodeShouldBe(400); });
            (await bad.ReadAsJsonAsync<ValidationProblem>())!.Errors.Keys.ShouldBe(["of"]);
        }
        await Send(Coordinator(), s => { s.Post.Json(new { }).ToUrl($"/api/calendar-links/{made.CalendarLinkId}/revoke"); s.StatusCodeShouldBe(404); });
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_participant_makes_their_own_address_for_their_groups_activities_and_no_one_else_reaches_it()
    {
        var (group, workshop) = await TuesdaysAsync();
        var samira = await Host.EnrolAsync(Coordinator(), group, ParticipantScenarios.NewParticipant("Samira"));
        var other = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Jeudi"));
        var yanis = await Host.EnrolAsync(Coordinator(), other, ParticipantScenarios.NewParticipant("Yanis"));

        var made = await MakeAsync(Participant(samira), $"/api/participants/{samira}/calendar-links");

        (await Stream(made.CalendarLinkId)).Single().Data.ShouldBeOfType<CalendarLinkCreated>().ParticipantId.ShouldBe(samira);
        Calendar.Load(await FeedAsync(made.Address!))!.Events.Select(e => e.Uid).Distinct().ShouldBe([CalendarFeed.Uid(workshop)]);
        (await Host.GetAsync<IReadOnlyList<CalendarLinkView>>(Participant(samira), $"/api/participants/{samira}/calendar-links"))
            .Select(l => l.CalendarLinkId).ShouldBe([made.CalendarLinkId]);
        (await Host.GetAsync<IReadOnlyList<CalendarLinkView>>(Facilitator(Amina), $"/api/participants/{samira}/calendar-links"))
            .Select(l => l.CalendarLinkId).ShouldBe([made.CalendarLinkId]);

        var before = await EventCount();
        foreach (var stranger in new[] { Participant(yanis), Coordinator(OrgB), Participant(samira, OrgB) })
        {
            await Send(stranger, s => { s.Post.Json(new { }).ToUrl($"/api/calendar-links/{made.CalendarLinkId}/revoke"); s.StatusCodeShouldBe(404); });
            await Send(stranger, s => { s.Post.Json(new { }).ToUrl($"/api/participants/{samira}/calendar-links"); s.StatusCodeShouldBe(404); });
            await Send(stranger, s => { s.Get.Url($"/api/participants/{samira}/calendar-links"); s.StatusCodeShouldBe(404); });
        }
        // A participant does not reach the staff's addresses.
        var groupLink = await MakeAsync(Coordinator(), $"/api/groups/{group}/calendar-links", new { of = "group" });
        before = await EventCount();
        await Send(Participant(samira), s => { s.Post.Json(new { }).ToUrl($"/api/calendar-links/{groupLink.CalendarLinkId}/revoke"); s.StatusCodeShouldBe(404); });
        (await EventCount()).ShouldBe(before);

        await Send(Participant(samira), s => s.Post.Json(new { }).ToUrl($"/api/calendar-links/{made.CalendarLinkId}/revoke"));
        (await Stream(made.CalendarLinkId)).Last().Data.ShouldBeOfType<CalendarLinkRevoked>();
        await FeedAsync(made.Address!, 404);
    }

    [Fact]
    public async Task An_erased_participant_s_addresses_are_revoked_and_their_export_lists_them()
    {
        var (group, _) = await TuesdaysAsync();
        var samira = await Host.EnrolAsync(Coordinator(), group, ParticipantScenarios.NewParticipant("Samira"));
        var made = await MakeAsync(Coordinator(), $"/api/participants/{samira}/calendar-links");

        var export = await Host.GetAsync<LivingLibrary.Api.Export.PersonalExport>(Coordinator(), $"/api/participants/{samira}/export");
        export.CalendarLinks!.Select(l => l.CalendarLinkId).ShouldBe([made.CalendarLinkId]);

        await Send(Coordinator(), s => { s.Post.Json(new ErasePerson(ErasureReason.Request)).ToUrl($"/api/participants/{samira}/erase"); s.StatusCodeShouldBeSuccess(); });

        (await Stream(made.CalendarLinkId)).Last().Data.ShouldBe(new CalendarLinkRevoked(made.CalendarLinkId));
        await FeedAsync(made.Address!, 404);
    }

    [Fact]
    public async Task The_public_programme_shows_open_activities_what_when_where_to_anyone_and_nothing_else()
    {
        var (group, _) = await TuesdaysAsync();
        var open = await Host.PlanAsync(Coordinator(), group,
            ActivityScene.Once(ActivityKind.Talk, new DateOnly(2026, 10, 1), "Rencontre : la banque en ligne") with { Host = "Amina", Open = true });
        var samira = await Host.EnrolAsync(Coordinator(), group, ParticipantScenarios.NewParticipant("Samira"));
        await using (var session = Store.LightweightSession(OrgA))
        {
            session.Events.Append(open, new AttendanceTaken(open, new DateOnly(2026, 10, 1), [new Attendee(samira, Presence.Present)]));
            await session.SaveChangesAsync();
        }

        var json = await Host.Scenario(s => { s.Get.Url($"/api/organisations/{OrgA}/programme?{Year}"); s.StatusCodeShouldBe(200); });
        var text = await json.ReadAsTextAsync();
        var entries = (await json.ReadAsJsonAsync<List<PublicProgrammeEntry>>())!;
        entries.ShouldBe([new PublicProgrammeEntry(open, new(2026, 10, 1), new(2026, 10, 1), new(10, 0), new(12, 0), ActivityKind.Talk,
            "Rencontre : la banque en ligne", "Agora, Saint-Léonard, Liège", "Mardi matin", false)]);
        foreach (var secret in new[] { "Samira", samira.ToString(), "Amina", "Atelier du mardi" }) text.ShouldNotContain(secret);

        var ics = await Host.Scenario(s => { s.Get.Url($"/api/organisations/{OrgA}/programme.ics"); s.StatusCodeShouldBe(200); });
        var feed = await ics.ReadAsTextAsync();
        Calendar.Load(feed)!.Events.Select(e => (e.Uid, e.Summary)).ShouldBe([(CalendarFeed.Uid(open), "Rencontre : la banque en ligne")]);
        foreach (var secret in new[] { "Samira", samira.ToString(), "Amina", "Atelier du mardi" }) feed.ShouldNotContain(secret);

        await Host.CreateGroupAsync(Coordinator(OrgB));
        var elsewhere = await Host.Scenario(s => { s.Get.Url($"/api/organisations/{OrgB}/programme?{Year}"); s.StatusCodeShouldBe(200); });
        (await elsewhere.ReadAsTextAsync()).ShouldBe("[]");
        await Host.Scenario(s => { s.Get.Url($"/api/organisations/no-such-organisation/programme"); s.StatusCodeShouldBe(404); });
        await Host.Scenario(s => { s.Get.Url($"/api/organisations/{OrgA}/programme?from=2026-09-01&to=2028-09-01"); s.StatusCodeShouldBe(400); });
    }
}
