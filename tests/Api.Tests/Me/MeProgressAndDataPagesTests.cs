using System.Net;
using LivingLibrary.Api.Tests.Console;
using LivingLibrary.Api.Tests.Evaluations;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Api.Tests.Me;

/// <summary>A participant reads their progress in plain words, and their data: what is kept, their export, their consent.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class MeProgressAndDataPagesTests(ApiFixture fixture) : ApiTest(fixture)
{
    private Task<long> ReadsBy(Guid participant) =>
        Sql<long>($"select count(*) from {Store.Options.Events.DatabaseSchemaName}.mt_doc_accessjournalentry where data ->> 'userId' = @user",
            ("user", LivingLibrary.Domain.Caller.ParticipantUser(participant)));

    [Fact]
    public async Task A_participant_reads_what_they_can_do_now_that_they_could_not_at_intake_task_by_task_in_plain_words()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 1);
        var samira = scene.People[0];
        await Host.AssessAsync(Coordinator(), samira, EvaluationScene.IntakeOn.AddDays(30), ("pay-bill-online", 4));
        var me = await ConsoleClient.SignInParticipantAsync(Host, samira, OrgA);

        var page = await me.GetAsync("/console/me/progress");

        page.Status.ShouldBe(HttpStatusCode.OK);
        var first = page.Document.QuerySelector("#tasks .card")!;
        first.QuerySelector("h2")!.TextContent.ShouldBe("Pay a bill online");
        first.TextContent.ShouldContain("Before, I did it with help.");
        first.TextContent.ShouldContain("Now, I can do it on my own.");
        first.QuerySelector(".bravo").ShouldNotBeNull();
        page.Text.ShouldNotContain("2.3");
        (await ReadsBy(samira)).ShouldBe(1, "the read is journalled as the participant's");
    }

    [Fact]
    public async Task A_participant_sees_what_is_kept_and_downloads_their_export_journalled_as_read_by_them()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 1);
        var samira = scene.People[0];
        var me = await ConsoleClient.SignInParticipantAsync(Host, samira, OrgA);

        var page = await me.GetAsync("/console/me/data");
        var export = await me.GetAsync(page.Document.GetElementById("export")!.GetAttribute("href")!);

        page.Document.GetElementById("kept")!.TextContent.ShouldContain("Your name: Samira.");
        export.Status.ShouldBe(HttpStatusCode.OK);
        export.Html.ShouldContain("Samira");
        (await ReadsBy(samira)).ShouldBe(1);
    }

    [Fact]
    public async Task A_participant_withdraws_their_consent_on_a_page_of_its_own_and_gives_it_again_each_recorded_as_theirs()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 1);
        var samira = scene.People[0];
        var me = await ConsoleClient.SignInParticipantAsync(Host, samira, OrgA);
        (await me.GetAsync("/console/me/data")).Document.GetElementById("withdraw")!.GetAttribute("href").ShouldBe("/console/me/data/withdraw");

        var withdrawn = await me.SubmitAsync("/console/me/data/withdraw");
        var shown = await me.GetAsync(withdrawn.Location!);
        var given = await me.SubmitAsync("/console/me/data", "GiveAgain");

        withdrawn.Location.ShouldBe("/console/me/data?withdrawn=true#message");
        shown.Document.GetElementById("message")!.TextContent.ShouldBe("Noted. We add nothing more about you.");
        given.Location.ShouldBe("/console/me/data?given=true#message");
        var events = await Stream(samira);
        events.ShouldContain(e => e.Data is ConsentWithdrawn && e.UserName == LivingLibrary.Domain.Caller.ParticipantUser(samira));
        events.Last().Data.ShouldBeOfType<ConsentRecorded>().Consent.Notice.ShouldBe("notice-2026-fr");
    }
}
