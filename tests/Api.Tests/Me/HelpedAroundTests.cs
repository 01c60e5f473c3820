using System.Net;
using Alba;
using LivingLibrary.Api.Participants;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Console;
using LivingLibrary.Api.Tests.Privacy;
using LivingLibrary.Domain.Privacy;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Api.Tests.Me;

/// <summary>
/// "J'ai aidé quelqu'un" (docs/adr/0026): a participant says they helped someone around them, for themself only; a
/// facilitator records it for them through the same endpoint; staff see which were said by the person themself.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class HelpedAroundTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Staff = "facilitator-1";

    private sealed record Scene(Guid Group, Guid Samira, Guid Jean, Guid OtherGroupPerson, Guid OtherOrganisationPerson);

    private async Task<Scene> SceneAsync()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        await Host.AssignAsync(Coordinator(), group, Staff);
        var samira = await Host.EnrolAsync(Coordinator(), group, ParticipantScenarios.NewParticipant("Samira Benali"));
        var jean = await Host.EnrolAsync(Coordinator(), group, ParticipantScenarios.NewParticipant("Jean"));
        var zoe = await Host.EnrolAsync(Coordinator(), await Host.CreateGroupAsync(Coordinator()), ParticipantScenarios.NewParticipant("Zoé"));
        var ana = await Host.EnrolAsync(Coordinator(OrgB), await Host.CreateGroupAsync(Coordinator(OrgB)), ParticipantScenarios.NewParticipant("Ana"));
        return new Scene(group, samira, jean, zoe, ana);
    }

    private static RecordHelpAround Helped => new("send-meter-reading", ApiFixture.Today.AddDays(-3), "On my neighbour's phone");

    private Task<IScenarioResult> Post(string token, Guid participant, object command, int status) =>
        Send(token, s =>
        {
            s.Post.Json(command).ToUrl($"/api/participants/{participant}/helped-around");
            s.StatusCodeShouldBe(status);
        });

    [Fact]
    public async Task A_participant_says_they_helped_someone_and_staff_see_it_said_by_them_beside_what_a_facilitator_recorded()
    {
        var scene = await SceneAsync();

        await Post(Participant(scene.Samira), scene.Samira, Helped, 200);
        await Post(Facilitator(Staff), scene.Samira, new RecordHelpAround("pay-bill-online", ApiFixture.Today.AddDays(-10), null), 200);

        var events = (await Stream(scene.Samira)).Where(e => e.Data is HelpAroundGiven).ToList();
        events.Select(e => e.UserName).ShouldBe([Caller.ParticipantUser(scene.Samira), Staff]);
        var said = events[0].Data.ShouldBeOfType<HelpAroundGiven>();
        (said.ParticipantId, said.Task, said.On, said.How).ShouldBe((scene.Samira, "send-meter-reading", ApiFixture.Today.AddDays(-3), "On my neighbour's phone"));

        var profile = await Host.GetAsync<ParticipantProfile>(Facilitator(Staff), $"/api/participants/{scene.Samira}");
        profile.HelpedAround.Select(h => (h.Task, h.ByThemself)).ShouldBe([("send-meter-reading", true), ("pay-bill-online", false)]);
        (await Host.GetAsync<IReadOnlyList<HelpAroundEntry>>(Participant(scene.Samira), "/api/me/helped-around")).Select(h => h.Id)
            .ShouldBe(profile.HelpedAround.Select(h => h.Id));
    }

    [Fact]
    public async Task A_task_that_is_not_the_organisations_and_a_day_to_come_are_refused_by_name_and_nothing_is_appended()
    {
        var scene = await SceneAsync();
        var before = await EventCount();

        var refused = await Post(Participant(scene.Samira), scene.Samira, new RecordHelpAround("who-knows", ApiFixture.Today.AddDays(2), null), 400);

        (await refused.ReadAsJsonAsync<ValidationProblem>())!.Errors.Keys.ShouldBe(["task", "on"], ignoreOrder: true);
        (await EventCount()).ShouldBe(before);
    }

    [Theory]
    [InlineData("same group")]
    [InlineData("other group")]
    [InlineData("other organisation")]
    public async Task A_participant_may_not_say_it_for_someone_else_404_and_nothing_appended(string who)
    {
        var scene = await SceneAsync();
        var other = who switch
        {
            "same group" => Participant(scene.Jean),
            "other group" => Participant(scene.OtherGroupPerson),
            _ => Participant(scene.OtherOrganisationPerson, OrgB),
        };
        var before = await EventCount();

        var result = await Post(other, scene.Samira, Helped, 404);

        result.Context.Response.ContentType.ShouldStartWith("application/problem+json");
        (await EventCount()).ShouldBe(before);
        (await Host.GetAsync<IReadOnlyList<HelpAroundEntry>>(other, "/api/me/helped-around")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Staff_of_another_group_get_404_and_staff_get_403_on_the_participants_own_read()
    {
        var scene = await SceneAsync();
        var before = await EventCount();

        await Post(Facilitator("facilitator-2"), scene.Samira, Helped, 404);

        (await EventCount()).ShouldBe(before);
        await Send(Coordinator(), s => { s.Get.Url("/api/me/helped-around"); s.StatusCodeShouldBe(403); });
    }

    [Fact]
    public async Task On_their_page_a_participant_picks_a_task_and_a_day_and_sees_it_saved_and_the_facilitator_sees_it_said_by_them()
    {
        var scene = await SceneAsync();
        var samira = await ConsoleClient.SignInParticipantAsync(Host, scene.Samira, OrgA);

        var page = await samira.GetAsync("/console/me/helped");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector("select[name=task] option[value='send-meter-reading']")!.TextContent.ShouldBe("Send my meter reading (water, gas, electricity)");
        page.Document.QuerySelectorAll("input[name*=name i], input[name*=who i]").ShouldBeEmpty();
        page.Html.ShouldNotContain("<script");

        var sent = await samira.SubmitAsync("/console/me/helped", ("task", "send-meter-reading"), ("on", ApiFixture.Today.ToString("yyyy-MM-dd")), ("how", ""));

        sent.Location.ShouldBe("/console/me/helped?saved=true#message");
        var said = (await Stream(scene.Samira)).Last();
        said.Data.ShouldBeOfType<HelpAroundGiven>().ShouldSatisfyAllConditions(h => h.Task.ShouldBe("send-meter-reading"), h => h.How.ShouldBeNull());
        said.UserName.ShouldBe(Caller.ParticipantUser(scene.Samira));
        var after = await samira.GetAsync(sent.Location!);
        after.Document.GetElementById("message")!.TextContent.ShouldBe("Thank you! Your help is saved.");
        after.Document.QuerySelector(".me-helped")!.TextContent.ShouldContain("Send my meter reading");

        var staff = await ConsoleClient.SignInAsync(Host, Staff, OrgA, LivingLibrary.Api.Platform.Security.FacilitatorRole);
        (await staff.GetAsync($"/console/participants/{scene.Samira}")).Document.GetElementById("helped-around")!.TextContent
            .ShouldContain("(said by the person themself)");
    }

    [Fact]
    public async Task A_day_to_come_on_the_page_comes_back_beside_its_field_and_nothing_is_appended()
    {
        var scene = await SceneAsync();
        var samira = await ConsoleClient.SignInParticipantAsync(Host, scene.Samira, OrgA);
        var before = await EventCount();

        var refused = await samira.SubmitAsync("/console/me/helped", ("task", "send-meter-reading"), ("on", ApiFixture.Today.AddDays(5).ToString("yyyy-MM-dd")));

        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.ErrorOf("on").ShouldNotBeNullOrEmpty();
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task The_export_holds_what_they_said_as_said_by_them_and_erasing_them_removes_their_words_but_keeps_the_count()
    {
        var scene = await SceneAsync();
        await Post(Participant(scene.Samira), scene.Samira, new RecordHelpAround("send-meter-reading", ApiFixture.Today.AddDays(-3), "Chez Bellefontaine"), 200);

        var export = await Send(Coordinator(), s => { s.Get.Url($"/api/participants/{scene.Samira}/export"); s.StatusCodeShouldBe(200); });
        var json = System.Text.Json.Nodes.JsonNode.Parse(await export.ReadAsTextAsync())!;
        json["participant"]!["helpedAround"]!.AsArray().Single()!["how"]!.GetValue<string>().ShouldBe("Chez Bellefontaine");
        json["history"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "help_around_given")!["by"]!.GetValue<string>()
            .ShouldBe(Caller.ParticipantUser(scene.Samira));
        var page = await Send(Coordinator(), s => { s.Get.Url($"/api/participants/{scene.Samira}/export?format=page&language=en"); s.StatusCodeShouldBe(200); });
        (await page.ReadAsTextAsync()).ShouldSatisfyAllConditions(
            html => html.ShouldContain("When you helped someone around you"), html => html.ShouldContain("you yourself"));

        await Host.SendAsync(Coordinator(), $"/api/participants/{scene.Samira}/erase", new ErasePerson(ErasureReason.Request));
        await ViewsCaughtUp();

        (await DatabaseDump.HoldingAsync(["Bellefontaine"], Database)).ShouldBeEmpty();
        await using var session = Store.QuerySession(OrgA);
        (await session.LoadAsync<Participant>(scene.Samira))!.HelpedAround.Single().Task.ShouldBe("send-meter-reading");
    }

    [Fact]
    public async Task A_facilitator_records_it_for_the_participant_from_their_page_through_the_same_endpoint()
    {
        var scene = await SceneAsync();
        var staff = await ConsoleClient.SignInAsync(Host, Staff, OrgA, LivingLibrary.Api.Platform.Security.FacilitatorRole);

        var sent = await staff.SubmitAsync($"/console/participants/{scene.Jean}", "HelpedAround",
            ("helped.task", "pay-bill-online"), ("helped.on", ApiFixture.Today.ToString("yyyy-MM-dd")), ("helped.how", ""));

        sent.Status.ShouldBe(HttpStatusCode.Redirect);
        var recorded = (await Stream(scene.Jean)).Last();
        recorded.Data.ShouldBe(new HelpAroundGiven(scene.Jean, recorded.Data.ShouldBeOfType<HelpAroundGiven>().HelpId, "pay-bill-online", ApiFixture.Today, null));
        recorded.UserName.ShouldBe(Staff);
        (await staff.GetAsync($"/console/participants/{scene.Jean}")).Document.GetElementById("helped-around")!.TextContent
            .ShouldNotContain("(said by the person themself)");
    }
}
