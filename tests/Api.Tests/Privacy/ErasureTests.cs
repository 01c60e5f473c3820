using Alba;
using LivingLibrary.Api.Progress;
using LivingLibrary.Api.Reports;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Loans;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Domain.Privacy;
using LivingLibrary.Domain.Reports;

namespace LivingLibrary.Api.Tests.Privacy;

/// <summary>
/// Erasure as the issue asks to prove it: after it, a dump of the whole database holds nothing of the person (every name
/// they had, their contacts, their words, in any encoding), the access journal nothing about them, and every statistic,
/// down to a funder report issued before, is what it was.
/// </summary>
[Collection(CasesCollection.Name)]
public sealed class ErasureTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task After_erasure_the_whole_database_holds_nothing_of_the_person_in_any_form_and_every_statistic_is_unchanged()
    {
        var scene = await ZelieScene.SetUp(Host, Coordinator());
        var (group, zelie) = (scene.Group.Group, scene.Zelie);
        await EventsRecordedEarlier(TimeSpan.FromMinutes(10));
        var report = await Host.CreateAsync(Coordinator(), "/api/reports", new IssueFunderReport(group, new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), null));
        await ViewsCaughtUp();
        var before = await StatisticsAsync(group);
        foreach (var read in new[] { "", "/progress", "/pairings", "/loans", "/export" }) await Text($"/api/participants/{zelie}{read}");
        await Text($"/api/cases/{scene.Case}");
        (await JournalEntriesAbout(zelie)).ShouldBe(6);
        (await DatabaseDump.HoldingAsync([.. ZelieScene.Names, .. ZelieScene.Words], Database)).Count.ShouldBe(ZelieScene.Names.Length + ZelieScene.Words.Length,
            "the scene holds the person's data before");

        var answer = await Host.SendAsync(Coordinator(), $"/api/participants/{zelie}/erase", new ErasePerson(ErasureReason.Request));

        (await Stream(zelie)).Last().Data.ShouldBe(new PersonErased(zelie, ErasureReason.Request, ApiFixture.Today));
        answer.Version.ShouldBe((await Stream(zelie)).Count);
        await ViewsCaughtUp();
        (await DatabaseDump.HoldingAnyFormOfAsync([.. ZelieScene.Names, .. ZelieScene.Words], Database)).ShouldBeEmpty();
        (await JournalEntriesAbout(zelie)).ShouldBe(0);
        (await StatisticsAsync(group)).ShouldBe(before);
        (await Host.GetAsync<ReportCheck>(Coordinator(), $"/api/reports/{report}/check")).Matches.ShouldBeTrue();
        (await Host.GetAsync<LivingLibrary.Api.Participants.ParticipantProfile>(Coordinator(), $"/api/participants/{zelie}")).Participant.Person.DisplayName
            .ShouldBe(PersonalData.Erased);
        (await Host.GetAsync<LivingLibrary.Api.Participants.ParticipantProfile>(Coordinator(), $"/api/participants/{scene.Samira}")).Participant.Person.DisplayName
            .ShouldBe("Samira", "the others are not erased");
    }

    [Fact]
    public async Task Erasing_twice_records_once_and_an_erased_person_is_no_longer_worked_on()
    {
        var scene = await ZelieScene.SetUp(Host, Coordinator());
        var jean = scene.Jean;
        await Host.SendAsync(Coordinator(), $"/api/participants/{jean}/erase", new ErasePerson(ErasureReason.Request));
        var events = await EventCount();

        await Host.SendAsync(Coordinator(), $"/api/participants/{jean}/erase", new ErasePerson(ErasureReason.Other));

        (await EventCount()).ShouldBe(events);
        var refused = await Send(Coordinator(), s =>
        {
            s.Post.Json(new UpdateParticipantDetails("Jean", ["fr"], null, null)).ToUrl($"/api/participants/{jean}/details");
            s.StatusCodeShouldBe(409);
        });
        (await refused.ReadAsJsonAsync<ValidationProblem>())!.Detail!.ShouldContain("erased");
    }

    [Fact]
    public async Task Only_a_coordinator_of_the_organisation_erases_and_a_reason_is_required()
    {
        var scene = await ZelieScene.SetUp(Host, Coordinator());
        var zelie = scene.Zelie;
        var before = await EventCount();

        await Send(Facilitator(LivingLibrary.Api.Tests.Pairings.PairingScene.Facilitator), s => { s.Post.Json(new ErasePerson(ErasureReason.Request)).ToUrl($"/api/participants/{zelie}/erase"); s.StatusCodeShouldBe(403); });
        await Send(Coordinator(OrgB), s => { s.Post.Json(new ErasePerson(ErasureReason.Request)).ToUrl($"/api/participants/{zelie}/erase"); s.StatusCodeShouldBe(404); });
        await Send(Coordinator(), s => { s.Post.Json(new ErasePerson(null)).ToUrl($"/api/participants/{zelie}/erase"); s.StatusCodeShouldBe(400); });
        (await EventCount()).ShouldBe(before);
        (await DatabaseDump.HoldingAsync([ZelieScene.Name], Database)).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_visitors_erasure_masks_their_pseudonym_contact_and_words_in_their_requests_and_loans()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var visit = await Host.CreateAsync(Facilitator(CaseScene.DeskWorker), $"/api/desks/{scene.Desk}/requests",
            CaseScene.VisitorRequest() with { Pseudonym = "Madame Vandercappellen", Contact = "0470 12 34 56", ConsentNotice = "notice-desk", Goal = "Ma pension de veuve Vandercappellen" });
        var visitor = (await Host.GetAsync<LivingLibrary.Api.Cases.CaseView>(Coordinator(), $"/api/cases/{visit}")).Case.Visitor!.VisitorId;
        await Host.SendAsync(Coordinator(), $"/api/cases/{visit}/accompaniments", CaseScene.Accompaniment() with { Note = "Madame Vandercappellen reviendra jeudi" });
        var device = await Host.CreateAsync(Coordinator(), "/api/devices", LoanScene.Device());
        await Host.SendAsync(Facilitator(CaseScene.DeskWorker), $"/api/devices/{device}/lend", LoanScene.ToVisitor(visitor));
        await Host.SendAsync(Facilitator(CaseScene.DeskWorker), $"/api/devices/{device}/return", LoanScene.Back() with { Note = "Rendu par Madame Vandercappellen" });
        await Send(Coordinator(OrgB), s => { s.Post.Json(new ErasePerson(ErasureReason.Request)).ToUrl($"/api/visitors/{visitor}/erase"); s.StatusCodeShouldBe(404); });

        await Host.SendAsync(Coordinator(), $"/api/visitors/{visitor}/erase", new ErasePerson(ErasureReason.Request));

        (await Stream(visitor)).Single().Data.ShouldBe(new VisitorErased(visitor, ErasureReason.Request, ApiFixture.Today));
        await ViewsCaughtUp();
        (await DatabaseDump.HoldingAsync(["Vandercappellen", "0470 12 34 56"], Database)).ShouldBeEmpty();
        var sheet = await Host.GetAsync<LivingLibrary.Api.DropIns.SessionSheet>(Coordinator(), $"/api/desks/{scene.Desk}/sessions/{ApiFixture.Today:yyyy-MM-dd}");
        sheet.Requests.Count.ShouldBe(1, "the request still counts");
        await Send(Coordinator(), s => { s.Post.Json(new ErasePerson(ErasureReason.Request)).ToUrl($"/api/visitors/{Guid.NewGuid()}/erase"); s.StatusCodeShouldBe(404); });
    }


    /// <summary>ADR 13: the journal exists to tell the person who looked; once they are erased, its entries about them go, and only theirs.</summary>
    [Fact]
    public async Task Erasing_a_participant_and_a_visitor_deletes_the_access_journals_entries_about_them_and_no_one_elses()
    {
        var scene = await PrivacyScene.SetUp(Host, Coordinator());
        for (var time = 0; time < 4; time++)
        {
            foreach (var read in new[] { "", "/progress", "/pairings", "/loans", "/export" }) await Text($"/api/participants/{scene.Samira}{read}");
            foreach (var read in new[] { "/loans", "/export" }) await Text($"/api/visitors/{scene.VisitorId}{read}");
            foreach (var read in new[] { "", "/timeline" }) await Text($"/api/cases/{scene.Visit}{read}");
            await Text($"/api/participants/{scene.Jean}");
        }
        ((await JournalEntriesAbout(scene.Samira)), (await JournalEntriesAbout(scene.VisitorId)), (await JournalEntriesAbout(scene.Jean))).ShouldBe((20, 16, 4));

        await Host.SendAsync(Coordinator(), $"/api/participants/{scene.Samira}/erase", new ErasePerson(ErasureReason.Request));
        await Host.SendAsync(Coordinator(), $"/api/visitors/{scene.VisitorId}/erase", new ErasePerson(ErasureReason.Request));

        ((await JournalEntriesAbout(scene.Samira)), (await JournalEntriesAbout(scene.VisitorId)), (await JournalEntriesAbout(scene.Jean))).ShouldBe((0, 0, 4));
    }

    /// <summary>What must not move: the group's catalogue and skill map counts, pairing stats, progress, the observatory.</summary>
    private async Task<string> StatisticsAsync(Guid group)
    {
        var progress = await Host.GetAsync<GroupProgressView>(Coordinator(), $"/api/groups/{group}/progress");
        var parts = new[]
        {
            System.Text.Json.JsonSerializer.Serialize(progress.Together),
            await Text($"/api/pairings/stats"),
            await Text($"/api/observatory?from=2026-11&to=2026-11"),
            System.Text.Json.JsonSerializer.Serialize((await Host.GetAsync<LivingLibrary.Projections.Library.CatalogueView>(Coordinator(), $"/api/groups/{group}/catalogue"))
                .Skills.Select(s => (s.Skill, s.Helpers.Count, s.Learners.Count))),
        };
        return string.Join("\n", parts);
    }

    private Task<long> JournalEntriesAbout(Guid person) =>
        Sql<long>($"select count(*) from {Store.Options.Events.DatabaseSchemaName}.mt_doc_accessjournalentry where data ->> 'personId' = @person",
            ("person", person.ToString()));

    private async Task<string> Text(string url) => await (await Send(Coordinator(), s => s.Get.Url(url))).ReadAsTextAsync();
}
