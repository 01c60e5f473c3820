using System.Diagnostics;
using Alba;
using LivingLibrary.Api.Progress;
using LivingLibrary.Api.Reports;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Evaluations;
using LivingLibrary.Api.Tests.Loans;
using LivingLibrary.Api.Tests.Pairings;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Domain.Privacy;
using LivingLibrary.Domain.Reports;

namespace LivingLibrary.Api.Tests.Privacy;

/// <summary>
/// Erasure as the issue asks to prove it: after it, a dump of the whole database holds nothing of the person (their
/// name, contact, words), and every statistic, down to a funder report issued before, is what it was.
/// </summary>
public sealed class ErasureTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Name = "Zélie Quennehen";
    private const string Contact = "zelie.quennehen@example.org";
    private static readonly string[] Words =
    [
        "Le code itsme de Zélie est bloqué depuis mars", "Noté pendant la permanence: elle vit seule", "Zélie a payé sa facture Proximus",
        "Merci Zélie pour ta patience", "Je m'appelle Zélie et j'ai appris beaucoup", "Rendu par Zélie en bon état", "Zélie déménage à Namur",
    ];

    [Fact]
    public async Task After_erasure_the_whole_database_holds_nothing_of_the_person_and_every_statistic_is_unchanged()
    {
        var (group, zelie, others) = await ZelieAsync();
        await EventsRecordedEarlier(TimeSpan.FromMinutes(10));
        var report = await Host.CreateAsync(Coordinator(), "/api/reports", new IssueFunderReport(group, new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), null));
        await ViewsCaughtUp();
        var before = await StatisticsAsync(group);
        (await DatabaseDump.HoldingAsync([Name, Contact, .. Words])).ShouldNotBeEmpty("the scene holds the person's data before");

        var answer = await Host.SendAsync(Coordinator(), $"/api/participants/{zelie}/erase", new ErasePerson(ErasureReason.Request));

        (await Stream(zelie)).Last().Data.ShouldBe(new PersonErased(zelie, ErasureReason.Request, ApiFixture.Today));
        answer.Version.ShouldBe((await Stream(zelie)).Count);
        await ViewsCaughtUp();
        (await DatabaseDump.HoldingAsync([Name, "Quennehen", Contact, .. Words])).ShouldBeEmpty();
        (await StatisticsAsync(group)).ShouldBe(before);
        (await Host.GetAsync<ReportCheck>(Coordinator(), $"/api/reports/{report}/check")).Matches.ShouldBeTrue();
        (await Host.GetAsync<LivingLibrary.Api.Participants.ParticipantProfile>(Coordinator(), $"/api/participants/{zelie}")).Participant.Person.DisplayName
            .ShouldBe(PersonalData.Erased);
        (await Host.GetAsync<LivingLibrary.Api.Participants.ParticipantProfile>(Coordinator(), $"/api/participants/{others[0]}")).Participant.Person.DisplayName
            .ShouldBe("Samira", "the others are not erased");
    }

    [Fact]
    public async Task Erasing_twice_records_once_and_an_erased_person_is_no_longer_worked_on()
    {
        var (_, _, others) = await ZelieAsync();
        var jean = others[2];
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
        var (_, zelie, _) = await ZelieAsync();
        var before = await EventCount();

        await Send(Facilitator(PairingScene.Facilitator), s => { s.Post.Json(new ErasePerson(ErasureReason.Request)).ToUrl($"/api/participants/{zelie}/erase"); s.StatusCodeShouldBe(403); });
        await Send(Coordinator(OrgB), s => { s.Post.Json(new ErasePerson(ErasureReason.Request)).ToUrl($"/api/participants/{zelie}/erase"); s.StatusCodeShouldBe(404); });
        await Send(Coordinator(), s => { s.Post.Json(new ErasePerson(null)).ToUrl($"/api/participants/{zelie}/erase"); s.StatusCodeShouldBe(400); });
        (await EventCount()).ShouldBe(before);
        (await DatabaseDump.HoldingAsync([Name])).ShouldNotBeEmpty();
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
        (await DatabaseDump.HoldingAsync(["Vandercappellen", "0470 12 34 56"])).ShouldBeEmpty();
        var sheet = await Host.GetAsync<LivingLibrary.Api.DropIns.SessionSheet>(Coordinator(), $"/api/desks/{scene.Desk}/sessions/{ApiFixture.Today:yyyy-MM-dd}");
        sheet.Requests.Count.ShouldBe(1, "the request still counts");
        await Send(Coordinator(), s => { s.Post.Json(new ErasePerson(ErasureReason.Request)).ToUrl($"/api/visitors/{Guid.NewGuid()}/erase"); s.StatusCodeShouldBe(404); });
    }

    /// <summary>
    /// Zélie in a group with Samira and Lucie (helpers) and Jean: assessed, helped in a pairing with a session and an
    /// ending, a case with its accompaniment, named answers, a loan returned, and she left; everything written about her.
    /// </summary>
    private async Task<(Guid Group, Guid Zelie, IReadOnlyList<Guid> Others)> ZelieAsync()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Facilitator(PairingScene.Facilitator));
        var zelie = await Host.EnrolAsync(Coordinator(), scene.Group, new EnrolParticipant(Name, ["fr"], null, Contact,
            new GivenConsent("notice-2026-09-fr", new DateOnly(2026, 9, 1))));
        await Host.AssessAsync(Coordinator(), zelie, new DateOnly(2026, 9, 8), ("pay-bill-online", 1));
        var need = await Host.DeclareNeedAsync(Coordinator(), zelie, "pay-bill-online", NeedPriority.High);
        var pairing = await Host.StartAsync(Coordinator(), need, scene.Samira);
        await Host.SendAsync(Coordinator(), $"/api/pairings/{pairing}/sessions", new LogHelpSession(ApiFixture.Today, 60, Words[2], LearnerFeeling.Confident));
        await Host.SendAsync(Coordinator(), $"/api/pairings/{pairing}/end", new EndPairing(PairingOutcome.WentWell, "Fini", "Très bien", Words[3]));
        var caseId = await Host.PostCaseAsync(Coordinator(), scene.Group, CaseScene.ItsmeCase(zelie) with { Goal = Words[0] });
        await Host.SendAsync(Coordinator(), $"/api/cases/{caseId}/accompaniments", CaseScene.Accompaniment() with { Note = Words[1] });
        await Host.SendAsync(Coordinator(), $"/api/cases/{caseId}/resolve", new ResolveCase(["Zélie a réinstallé itsme"], Autonomy.DoneTogether, null));
        var campaign = await Host.CreateAsync(Coordinator(), $"/api/groups/{scene.Group}/campaigns", EvaluationScene.EndOfProject(AnswerMode.Named));
        await Host.SendAsync(Coordinator(), $"/api/campaigns/{campaign}/answers", new RecordNamedAnswers(zelie,
            EvaluationScene.AnswersTo(await EvaluationScene.SheetAsync(Host, Coordinator(), campaign), text: Words[4]), true));
        var device = await Host.CreateAsync(Coordinator(), "/api/devices", LoanScene.Device());
        await Host.SendAsync(Coordinator(), $"/api/devices/{device}/lend", LoanScene.To(zelie));
        await Host.SendAsync(Coordinator(), $"/api/devices/{device}/return", LoanScene.Back() with { Note = Words[5] });
        await Host.SendAsync(Coordinator(), $"/api/participants/{zelie}/leave", new RecordDeparture(Words[6]));
        return (scene.Group, zelie, [scene.Samira, scene.Lucie, scene.Jean]);
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

    private async Task<string> Text(string url) => await (await Send(Coordinator(), s => s.Get.Url(url))).ReadAsTextAsync();
}

/// <summary>Which of these texts a plain-text dump of the whole test database holds (every table: events, documents, Wolverine's).</summary>
public static class DatabaseDump
{
    public static async Task<IReadOnlyList<string>> HoldingAsync(IReadOnlyList<string> texts)
    {
        var cs = new Npgsql.NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString);
        var start = new ProcessStartInfo("pg_dump", ["--data-only", "--no-owner", "-h", cs.Host!, "-p", cs.Port.ToString(), "-U", cs.Username!, cs.Database!])
            { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PGPASSWORD"] = cs.Password;
        using var dump = Process.Start(start)!;
        var output = await dump.StandardOutput.ReadToEndAsync();
        await dump.WaitForExitAsync();
        dump.ExitCode.ShouldBe(0, await dump.StandardError.ReadToEndAsync());
        return [.. texts.Where(t => output.Contains(t, StringComparison.OrdinalIgnoreCase))];
    }
}
