using System.Net;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.ExchangeSessions;

namespace LivingLibrary.Api.Tests.Console;

/// <summary>A group's exchange sessions in the console: recording one with who came, ticked on the group's list, and correcting who came.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ExchangeSessionPagesTests(ApiFixture fixture) : ApiTest(fixture)
{
    private Task<ConsoleClient> As(string userId, string role = Security.FacilitatorRole, string organisation = OrgA) =>
        ConsoleClient.SignInAsync(Host, userId, organisation, role);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_session_is_recorded_with_who_came_ticked_then_who_came_is_corrected_in_one_go()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var amina = await As(CaseScene.Facilitator);
        var group = await amina.GetAsync($"/console/groups/{scene.Group}");
        group.Document.QuerySelector($"a[href='/console/groups/{scene.Group}/exchange-sessions']").ShouldNotBeNull();
        var list = $"/console/groups/{scene.Group}/exchange-sessions";
        (await amina.GetAsync(list)).Document.QuerySelectorAll("#hold-session input[name=attendeeIds]").Select(i => i.GetAttribute("value"))
            .ShouldBe([scene.Jean.ToString(), scene.Samira.ToString()], ignoreOrder: true);

        var held = await amina.SubmitAsync(list, ("on", Iso(ApiFixture.Today.AddDays(-2))), ("theme", "Payer en ligne"), ("attendeeIds", scene.Samira.ToString()));

        held.Status.ShouldBe(HttpStatusCode.Redirect, held.Text);
        held.Location.ShouldEndWith("#message");
        var sessionId = Guid.Parse(held.Location!.Split('/')[^1].Split('#', '?')[0]);
        var first = (await Stream(sessionId)).Single();
        first.UserName.ShouldBe(CaseScene.Facilitator);
        var e = first.Data.ShouldBeOfType<ExchangeSessionHeld>();
        (e.GroupId, e.On, e.Theme).ShouldBe((scene.Group, ApiFixture.Today.AddDays(-2), "Payer en ligne"));
        e.AttendeeIds.ShouldBe([scene.Samira]);
        (await amina.GetAsync(list)).Document.QuerySelector($"#session-{sessionId} a")!.GetAttribute("href").ShouldBe($"/console/exchange-sessions/{sessionId}");

        var page = $"/console/exchange-sessions/{sessionId}";
        (await amina.GetAsync(page)).Document.QuerySelectorAll("#attendance-form input[name=attendeeIds][checked]").Select(i => i.GetAttribute("value"))
            .ShouldBe([scene.Samira.ToString()]);
        var corrected = await amina.SubmitAsync(page, ("attendeeIds", scene.Samira.ToString()), ("attendeeIds", scene.Jean.ToString()));

        corrected.Status.ShouldBe(HttpStatusCode.Redirect, corrected.Text);
        corrected.Location.ShouldBe($"{page}?saved=true#message");
        (await Stream(sessionId)).Last().Data.ShouldBeOfType<ExchangeSessionAttendanceRecorded>().AttendeeIds.ShouldBe([scene.Samira, scene.Jean], ignoreOrder: true);
        var shown = await amina.GetAsync(corrected.Location!);
        shown.Document.QuerySelector("p#message.notice[role=status][tabindex='-1']").ShouldNotBeNull();
        shown.Document.QuerySelector("#attendees")!.TextContent.ShouldBe("Jean, Samira");
    }

    [Fact]
    public async Task An_impossible_or_future_date_and_someone_outside_the_group_are_refused_beside_their_fields_and_append_nothing()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var other = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Jeudi"));
        var stranger = await Host.EnrolAsync(Coordinator(), other);
        var amina = await As(CaseScene.Facilitator);
        var list = $"/console/groups/{scene.Group}/exchange-sessions";
        var before = await EventCount();

        var impossible = await amina.SubmitAsync(list, ("on", "2026-02-31"), ("theme", "Payer en ligne"), ("attendeeIds", scene.Samira.ToString()));
        impossible.Status.ShouldBe(HttpStatusCode.BadRequest);
        impossible.ErrorOf("on").ShouldBe("This date does not exist: write a day of the calendar, such as 24/11/2026.");
        impossible.Document.QuerySelector("#f-on")!.GetAttribute("value").ShouldBe("2026-02-31");
        impossible.Document.QuerySelector($"#hold-session input[value='{scene.Samira}']")!.HasAttribute("checked").ShouldBeTrue("what was ticked stays ticked");

        var future = await amina.SubmitAsync(list, ("on", Iso(ApiFixture.Today.AddDays(1))));
        future.Status.ShouldBe(HttpStatusCode.BadRequest);
        future.ErrorOf("on").ShouldNotBeNull();

        var outsider = await amina.SubmitAsync(list, ("on", Iso(ApiFixture.Today)), ("attendeeIds", stranger.ToString()));
        outsider.Status.ShouldBe(HttpStatusCode.BadRequest);
        outsider.ErrorOf("attendeeIds").ShouldNotBeNull();

        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Another_organisations_or_another_groups_sessions_are_not_found_and_nothing_is_appended()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var session = await Host.CreateAsync(Facilitator(CaseScene.Facilitator), $"/api/groups/{scene.Group}/exchange-sessions",
            new HoldExchangeSession(ApiFixture.Today, [scene.Samira], null));
        var elsewhere = await CaseScene.SetUp(Host, Coordinator(OrgB));
        var theirs = await Host.CreateAsync(Coordinator(OrgB), $"/api/groups/{elsewhere.Group}/exchange-sessions",
            new HoldExchangeSession(ApiFixture.Today, [], null));
        var other = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Jeudi"));
        await Host.AssignAsync(Coordinator(), other, "facilitator-2");
        var amina = await As(CaseScene.Facilitator);
        var before = await EventCount();

        (await amina.GetAsync($"/console/groups/{elsewhere.Group}/exchange-sessions")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await amina.GetAsync($"/console/exchange-sessions/{theirs}")).Status.ShouldBe(HttpStatusCode.NotFound);
        var token = (await amina.GetAsync($"/console/exchange-sessions/{session}")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        (await amina.PostAsync($"/console/exchange-sessions/{theirs}", ("attendeeIds", elsewhere.Samira.ToString()), ("__RequestVerificationToken", token)))
            .Status.ShouldBe(HttpStatusCode.NotFound);
        (await amina.PostAsync($"/console/groups/{elsewhere.Group}/exchange-sessions", ("on", Iso(ApiFixture.Today)), ("__RequestVerificationToken", token)))
            .Status.ShouldBe(HttpStatusCode.NotFound);

        // A facilitator of another group of the same organisation does not see this one (the API's 404; sessions have no 403).
        var bert = await As("facilitator-2");
        (await bert.GetAsync($"/console/exchange-sessions/{session}")).Status.ShouldBe(HttpStatusCode.NotFound);
        var bertToken = (await bert.GetAsync($"/console/groups/{other}/exchange-sessions")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        (await bert.PostAsync($"/console/exchange-sessions/{session}", ("attendeeIds", scene.Jean.ToString()), ("__RequestVerificationToken", bertToken)))
            .Status.ShouldBe(HttpStatusCode.NotFound);

        (await EventCount()).ShouldBe(before);
    }
}
