using System.Net;
using Alba;
using LivingLibrary.Api.Pairings;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Console;
using LivingLibrary.Api.Tests.Pairings;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Api.Tests.Me;

/// <summary>
/// A participant's pairings (docs/adr/0026): they say yes or no themselves and, as the helper, record a session they gave,
/// through the staff's own endpoints; the event's user is theirs, and staff see it as said by the person themself.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class MyPairingsTests(ApiFixture fixture) : ApiTest(fixture)
{
    private sealed record Scene(PairingScene People, Guid Pairing, Guid OtherGroupPerson, Guid OtherOrganisationPerson);

    /// <summary>Lucie is proposed to help Jean; Samira is in their group, Zoé in another group, Ana in another organisation.</summary>
    private async Task<Scene> ProposedAsync()
    {
        var people = await PairingScene.SetUp(Host, Coordinator(), Facilitator(PairingScene.Facilitator));
        var pairing = await Host.ProposeAsync(Facilitator(PairingScene.Facilitator), new ProposePairing(null, people.JeanNeed, people.Lucie));
        var otherGroup = await Host.CreateGroupAsync(Coordinator());
        var zoe = await Host.EnrolAsync(Coordinator(), otherGroup, ParticipantScenarios.NewParticipant("Zoé"));
        var ana = await Host.EnrolAsync(Coordinator(OrgB), await Host.CreateGroupAsync(Coordinator(OrgB)), ParticipantScenarios.NewParticipant("Ana"));
        return new Scene(people, pairing, zoe, ana);
    }

    private async Task<Scene> StartedAsync()
    {
        var scene = await ProposedAsync();
        await Host.AcceptAsync(Facilitator(PairingScene.Facilitator), scene.Pairing, Party.Learner);
        await Host.AcceptAsync(Facilitator(PairingScene.Facilitator), scene.Pairing, Party.Helper);
        return scene;
    }

    private Task<IScenarioResult> Post(string token, string url, object command, int status) =>
        Send(token, s =>
        {
            s.Post.Json(command).ToUrl(url);
            s.StatusCodeShouldBe(status);
        });

    private static LogHelpSession Session => new(ApiFixture.Today.AddDays(-1), 60, "We paid the water bill together", LearnerFeeling.Fine);

    [Fact]
    public async Task The_learner_says_yes_themself_the_same_event_as_staffs_with_their_own_user_and_staff_see_it()
    {
        var scene = await ProposedAsync();

        await Post(Participant(scene.People.Jean), $"/api/pairings/{scene.Pairing}/accept", new AcceptPairing(Party.Learner), 200);

        var accepted = (await Stream(scene.Pairing)).Last();
        accepted.Data.ShouldBe(new PairingAccepted(scene.Pairing, Party.Learner));
        accepted.UserName.ShouldBe(Caller.ParticipantUser(scene.People.Jean));
        var seen = await Host.GetAsync<Pairing>(Facilitator(PairingScene.Facilitator), $"/api/pairings/{scene.Pairing}");
        seen.ByThemselves!.Answered.ShouldBe([Party.Learner]);
    }

    [Fact]
    public async Task The_helpers_own_yes_after_the_learners_starts_the_pairing_and_takes_their_place_as_staffs_would()
    {
        var scene = await ProposedAsync();
        await Post(Participant(scene.People.Jean), $"/api/pairings/{scene.Pairing}/accept", new AcceptPairing(Party.Learner), 200);

        await Post(Participant(scene.People.Lucie), $"/api/pairings/{scene.Pairing}/accept", new AcceptPairing(Party.Helper), 200);

        (await Stream(scene.Pairing)).TakeLast(2).Select(e => e.Data)
            .ShouldBe([new PairingAccepted(scene.Pairing, Party.Helper), new PairingStarted(scene.Pairing, scene.People.Lucie, ApiFixture.Today)]);
        (await Stream(scene.People.Lucie)).Last().Data.ShouldBe(new HelperEngaged(scene.People.Lucie, scene.Pairing));
        var mine = await Host.GetAsync<IReadOnlyList<MyPairing>>(Participant(scene.People.Lucie), "/api/me/pairings");
        mine.Single().ShouldSatisfyAllConditions(
            p => p.Status.ShouldBe(PairingStatus.Active), p => p.Me.ShouldBe(Party.Helper), p => p.With.ShouldBe("Jean"),
            p => p.BothFree.ShouldBe([new TimeSlot(DayOfWeek.Tuesday, DayPart.Morning)]), p => p.Place.ShouldNotBeNullOrEmpty());
    }

    [Fact]
    public async Task A_participant_says_no_for_themself_and_may_not_answer_for_the_other_person()
    {
        var scene = await ProposedAsync();
        var before = await EventCount();

        var refused = await Post(Participant(scene.People.Jean), $"/api/pairings/{scene.Pairing}/accept", new AcceptPairing(Party.Helper), 403);
        await Post(Participant(scene.People.Lucie), $"/api/pairings/{scene.Pairing}/decline", new DeclinePairing(Party.Learner, null), 403);

        refused.Context.Response.ContentType.ShouldStartWith("application/problem+json");
        (await EventCount()).ShouldBe(before);

        await Post(Participant(scene.People.Jean), $"/api/pairings/{scene.Pairing}/decline", new DeclinePairing(Party.Learner, null), 200);
        var declined = (await Stream(scene.Pairing)).Last();
        declined.Data.ShouldBe(new PairingDeclined(scene.Pairing, Party.Learner, null));
        declined.UserName.ShouldBe(Caller.ParticipantUser(scene.People.Jean));
        (await Host.GetAsync<Pairing>(Coordinator(), $"/api/pairings/{scene.Pairing}")).ByThemselves!.Answered.ShouldBe([Party.Learner]);
    }

    [Fact]
    public async Task The_helper_records_a_session_they_gave_and_staff_see_it_was_them_but_the_learner_may_not_record_one()
    {
        var scene = await StartedAsync();
        var before = await EventCount();

        await Post(Participant(scene.People.Jean), $"/api/pairings/{scene.Pairing}/sessions", Session, 403);
        (await EventCount()).ShouldBe(before);

        await Post(Participant(scene.People.Lucie), $"/api/pairings/{scene.Pairing}/sessions", Session, 200);

        var logged = (await Stream(scene.Pairing)).Last();
        var session = logged.Data.ShouldBeOfType<HelpSessionLogged>();
        (session.HeldOn, session.DurationMinutes, session.WorkedOn).ShouldBe((Session.HeldOn!.Value, 60, Session.WorkedOn!));
        logged.UserName.ShouldBe(Caller.ParticipantUser(scene.People.Lucie));
        var seen = await Host.GetAsync<Pairing>(Facilitator(PairingScene.Facilitator), $"/api/pairings/{scene.Pairing}");
        seen.ByThemselves!.ShouldSatisfyAllConditions(b => b.Sessions.ShouldBe([session.SessionId!.Value]), b => b.Answered.ShouldBeEmpty());
        (await Host.GetAsync<IReadOnlyList<MyPairing>>(Participant(scene.People.Lucie), "/api/me/pairings")).Single().Sessions.Single().ByMe.ShouldBeTrue();
    }

    [Fact]
    public async Task A_session_the_helper_records_is_refused_with_every_field_at_fault_and_nothing_appended()
    {
        var scene = await StartedAsync();
        var before = await EventCount();

        var refused = await Post(Participant(scene.People.Lucie), $"/api/pairings/{scene.Pairing}/sessions",
            new LogHelpSession(ApiFixture.Today.AddDays(3), 0, "", null), 400);

        (await refused.ReadAsJsonAsync<ValidationProblem>())!.Errors.Keys.ShouldBe(["heldOn", "durationMinutes", "workedOn", "learnerFelt"], ignoreOrder: true);
        (await EventCount()).ShouldBe(before);
    }

    public static TheoryData<string, string> Strangers => new()
    {
        { "POST /api/pairings/{pairingId}/accept", "same group" }, { "POST /api/pairings/{pairingId}/accept", "other group" },
        { "POST /api/pairings/{pairingId}/accept", "other organisation" },
        { "POST /api/pairings/{pairingId}/decline", "same group" }, { "POST /api/pairings/{pairingId}/decline", "other group" },
        { "POST /api/pairings/{pairingId}/decline", "other organisation" },
        { "POST /api/pairings/{pairingId}/sessions", "same group" }, { "POST /api/pairings/{pairingId}/sessions", "other group" },
        { "POST /api/pairings/{pairingId}/sessions", "other organisation" },
    };

    [Theory]
    [MemberData(nameof(Strangers))]
    public async Task A_participant_who_is_not_in_the_pairing_gets_404_and_nothing_is_appended(string route, string who)
    {
        var scene = await StartedAsync();
        var stranger = who switch
        {
            "same group" => Participant(scene.People.Samira),
            "other group" => Participant(scene.OtherGroupPerson),
            _ => Participant(scene.OtherOrganisationPerson, OrgB),
        };
        object command = route.EndsWith("accept") ? new AcceptPairing(Party.Helper) : route.EndsWith("decline") ? new DeclinePairing(Party.Helper, null) : Session;
        var before = await EventCount();

        var result = await Post(stranger, route["POST ".Length..].Replace("{pairingId}", scene.Pairing.ToString()), command, 404);

        result.Context.Response.ContentType.ShouldStartWith("application/problem+json");
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_participant_reads_only_their_own_pairings_and_staff_get_404_on_the_participants_read()
    {
        var scene = await ProposedAsync();

        (await Host.GetAsync<IReadOnlyList<MyPairing>>(Participant(scene.People.Jean), "/api/me/pairings")).Select(p => p.Id).ShouldBe([scene.Pairing]);
        (await Host.GetAsync<IReadOnlyList<MyPairing>>(Participant(scene.People.Samira), "/api/me/pairings")).ShouldBeEmpty();
        (await Host.GetAsync<IReadOnlyList<MyPairing>>(Participant(scene.OtherGroupPerson), "/api/me/pairings")).ShouldBeEmpty();
        (await Host.GetAsync<IReadOnlyList<MyPairing>>(Participant(scene.OtherOrganisationPerson, OrgB), "/api/me/pairings")).ShouldBeEmpty();
        await Send(Coordinator(), s => { s.Get.Url("/api/me/pairings"); s.StatusCodeShouldBe(403); });
    }

    [Fact]
    public async Task Staff_still_answer_for_either_person()
    {
        var scene = await ProposedAsync();

        await Post(Facilitator(PairingScene.Facilitator), $"/api/pairings/{scene.Pairing}/accept", new AcceptPairing(Party.Helper), 200);

        var accepted = (await Stream(scene.Pairing)).Last();
        accepted.Data.ShouldBe(new PairingAccepted(scene.Pairing, Party.Helper));
        accepted.UserName.ShouldBe(PairingScene.Facilitator);
        (await Host.GetAsync<Pairing>(Coordinator(), $"/api/pairings/{scene.Pairing}")).ByThemselves!.Answered.ShouldBeEmpty();
    }

    // The pages

    [Fact]
    public async Task On_their_page_the_learner_says_yes_with_a_button_and_is_told_it_is_saved()
    {
        var scene = await ProposedAsync();
        var jean = await ConsoleClient.SignInParticipantAsync(Host, scene.People.Jean, OrgA);

        var page = await jean.GetAsync("/console/me/pairings");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector($"#pairing-{scene.Pairing}")!.TextContent.ShouldContain("Lucie can help you.");
        page.Document.QuerySelectorAll($"#pairing-{scene.Pairing} button svg.pictogram").Length.ShouldBe(2);
        page.Html.ShouldNotContain("<table");
        page.Html.ShouldNotContain("<script");

        var yes = await (await jean.FilledAsync("/console/me/pairings", $"#pairing-{scene.Pairing} form[action*='handler=Yes']"))();

        yes.Status.ShouldBe(HttpStatusCode.Redirect);
        yes.Location.ShouldBe("/console/me/pairings?said=yes#message");
        var accepted = (await Stream(scene.Pairing)).Last();
        accepted.Data.ShouldBe(new PairingAccepted(scene.Pairing, Party.Learner));
        accepted.UserName.ShouldBe(Caller.ParticipantUser(scene.People.Jean));
        var after = await jean.GetAsync(yes.Location!);
        after.Document.GetElementById("message")!.TextContent.ShouldBe("Thank you! Your yes is saved.");
        after.Text.ShouldContain("We are waiting for the answer of Lucie.");

        var staff = await ConsoleClient.SignInAsync(Host, PairingScene.Facilitator, OrgA, LivingLibrary.Api.Platform.Security.FacilitatorRole);
        (await staff.GetAsync($"/console/pairings/{scene.Pairing}")).Text.ShouldContain("Learner (said by the person themself)");
    }

    [Fact]
    public async Task On_their_page_a_participant_says_no_and_nothing_of_another_persons_pairing_can_be_answered()
    {
        var scene = await ProposedAsync();
        var jean = await ConsoleClient.SignInParticipantAsync(Host, scene.People.Jean, OrgA);
        var samira = await ConsoleClient.SignInParticipantAsync(Host, scene.People.Samira, OrgA);
        var no = await jean.FilledAsync("/console/me/pairings", $"#pairing-{scene.Pairing} form[action*='handler=No']");
        var before = await EventCount();

        // Samira sends Jean's form with her own cookie: the pairing is not hers.
        (await samira.GetAsync("/console/me/pairings")).Document.QuerySelector($"#pairing-{scene.Pairing}").ShouldBeNull();
        var theirs = await (await samira.FormAsync($"/console/me/pairings?pairingId={scene.Pairing}", "Yes")).SendAsync();
        theirs.Status.ShouldBe(HttpStatusCode.NotFound);
        (await EventCount()).ShouldBe(before);

        (await no()).Location.ShouldBe("/console/me/pairings?said=no#message");
        (await Stream(scene.Pairing)).Last().Data.ShouldBe(new PairingDeclined(scene.Pairing, Party.Learner, null));
    }

    [Fact]
    public async Task The_helper_records_a_session_on_their_page_and_the_learner_has_no_such_page()
    {
        var scene = await StartedAsync();
        var lucie = await ConsoleClient.SignInParticipantAsync(Host, scene.People.Lucie, OrgA);
        var jean = await ConsoleClient.SignInParticipantAsync(Host, scene.People.Jean, OrgA);

        var list = await lucie.GetAsync("/console/me/pairings");
        list.Document.QuerySelector($"#pairing-{scene.Pairing} a.action")!.GetAttribute("href").ShouldBe($"/console/me/pairings/{scene.Pairing}/session");
        list.Text.ShouldContain("You are both free: ");
        (await jean.GetAsync($"/console/me/pairings/{scene.Pairing}/session")).Status.ShouldBe(HttpStatusCode.NotFound);

        var sent = await lucie.SubmitAsync($"/console/me/pairings/{scene.Pairing}/session",
            ("heldOn", ApiFixture.Today.AddDays(-1).ToString("yyyy-MM-dd")), ("durationMinutes", "90"), ("workedOn", "The water bill"), ("learnerFelt", "confident"));

        sent.Location.ShouldBe("/console/me/pairings?said=session#message");
        var logged = (await Stream(scene.Pairing)).Last();
        logged.Data.ShouldBeOfType<HelpSessionLogged>().ShouldSatisfyAllConditions(
            s => s.DurationMinutes.ShouldBe(90), s => s.WorkedOn.ShouldBe("The water bill"), s => s.LearnerFelt.ShouldBe(LearnerFeeling.Confident));
        logged.UserName.ShouldBe(Caller.ParticipantUser(scene.People.Lucie));

        var staff = await ConsoleClient.SignInAsync(Host, PairingScene.Facilitator, OrgA, LivingLibrary.Api.Platform.Security.FacilitatorRole);
        (await staff.GetAsync($"/console/pairings/{scene.Pairing}")).Document.QuerySelector("#sessions")!.TextContent
            .ShouldContain("The water bill (said by the person themself)");
    }

    [Fact]
    public async Task A_session_refused_comes_back_with_the_field_at_fault_and_nothing_is_appended()
    {
        var scene = await StartedAsync();
        var lucie = await ConsoleClient.SignInParticipantAsync(Host, scene.People.Lucie, OrgA);
        var before = await EventCount();

        var refused = await lucie.SubmitAsync($"/console/me/pairings/{scene.Pairing}/session",
            ("heldOn", ApiFixture.Today.ToString("yyyy-MM-dd")), ("durationMinutes", "60"), ("workedOn", ""), ("learnerFelt", "fine"));

        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.ErrorOf("workedOn").ShouldNotBeNullOrEmpty();
        (await EventCount()).ShouldBe(before);
    }
}
