using System.Security.Cryptography;
using Alba;
using LivingLibrary.Api.Reports;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Loans;
using Marten;
using Microsoft.AspNetCore.Mvc;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.ExchangeSessions;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Domain.Reports;

namespace LivingLibrary.Api.Tests.Evaluations;

/// <summary>
/// The funder report of a group that was evaluated, paired and solved a case. Its events are moved ten minutes
/// back, since a report reads only what is settled (docs/adr/0009).
/// </summary>
[Collection(CasesCollection.Name)]
public sealed class ReportTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Period = "from=2026-09-01&to=2027-06-30";
    private string Facilitator() => Facilitator(EvaluationScene.Facilitator);

    [Fact]
    public async Task A_groups_report_counts_its_people_activity_pairings_cases_progress_and_evaluation()
    {
        var scene = await EvaluatedGroupAsync();

        var report = await Host.GetAsync<FunderReport>(Facilitator(), $"/api/reports/funder?groupId={scene.Group}&{Period}");

        (report.GroupId, report.GroupName, report.From, report.To).ShouldBe((scene.Group, "Mardi matin", new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30)));
        report.Participants.ShouldBe(new ParticipantFigures(new(4), new(4), new(4), new(0), report.Participants.Languages));
        report.Participants.Languages.ShouldBe([new CodeCount("fr", new(4))]);
        // The exchange session is an activity: no times, so no hours; all four were present.
        report.Activity.Activities.ShouldBe([new LivingLibrary.Domain.Activities.KindHours(LivingLibrary.Domain.Activities.ActivityKind.ExchangeSession, 1, 0)]);
        (report.Activity with { Activities = [] }).ShouldBe(new ActivityFigures([], 0, new(0), new(1), new(3), new(3), new(0), Figure.Hidden));
        report.Pairings.ShouldBe(new PairingFigures(new(1), Figure.Hidden, new(0))); // started: what the group did (docs/adr/0018)
        report.Cases.Posted.ShouldBe(Figure.Hidden); // one case: about one person
        report.Cases.ByService.ShouldBeEmpty(); // too few cases to show where they are
        var bill = report.Progress.Skills.Single(s => s.Skill == "pay-bill-online");
        (bill.Reassessed.Value, bill.MovedUp.Value).ShouldBe((3, 3));
        bill.SaidAtEnd.Select(f => f.ToString()).ShouldBe(["0", "0", "3", "0"]);
        var evaluation = report.Evaluations.Single();
        (evaluation.Kind, evaluation.Closed, evaluation.Respondents.Value).ShouldBe((CampaignKind.EndOfProject, true, 3));
        evaluation.Conclusions!.WhatWorked.ShouldBe("L'entraide");
        report.Quotes.ShouldBeEmpty();
        (report.Loans.Lent.Value, report.Loans.Returned, report.Loans.OverdueAtEnd).ShouldBe((4, Figure.Hidden, Figure.Hidden));
        report.Loans.ByKind.ShouldBe([new KindLoans(DeviceKind.Laptop, new(4), Figure.Hidden, Figure.Hidden)]);
        (await Send(Facilitator(), s => s.Get.Url($"/api/reports/funder?groupId={scene.Group}&{Period}"))).ReadAsText().ShouldNotContain("Samira");
    }

    [Fact]
    public async Task The_organisations_report_is_for_coordinators_and_a_group_report_for_whoever_runs_the_group()
    {
        var scene = await EvaluatedGroupAsync();

        (await Host.GetAsync<FunderReport>(Coordinator(), $"/api/reports/funder?{Period}")).Participants.TookPart.Value.ShouldBe(4);
        await Status(403, Facilitator(), $"/api/reports/funder?{Period}");
        await Status(404, Facilitator("facilitator-2"), $"/api/reports/funder?groupId={scene.Group}&{Period}");
        await Status(404, Coordinator(OrgB), $"/api/reports/funder?groupId={scene.Group}&{Period}");
        (await Host.GetAsync<FunderReport>(Coordinator(OrgB), $"/api/reports/funder?{Period}")).Participants.TookPart.ShouldBe(new Figure(0));
    }

    [Fact]
    public async Task A_cut_off_before_the_period_or_not_yet_settled_a_period_backwards_or_an_unknown_format_is_400()
    {
        var scene = await EvaluatedGroupAsync();
        var before = await EventCount();
        var url = $"/api/reports/funder?groupId={scene.Group}";

        (await Problem(url + "&from=2026-09-01&to=2027-06-30&cutOff=2026-08-31T23:59:59Z")).Errors["cutOff"].Single().ShouldContain("before the period");
        (await Problem(url + $"&{Period}&cutOff={DateTime.UtcNow:yyyy-MM-ddTHH:mm:ss}Z")).Errors["cutOff"].Single().ShouldContain("in the past");
        (await Problem(url + "&from=2026-09-01&to=2026-08-01")).Errors["to"].Single().ShouldContain("before from");
        (await Problem(url + "&to=2026-08-01")).Errors["from"].ShouldNotBeEmpty();
        (await Problem(url + $"&{Period}&format=pdf")).Errors["format"].Single().ShouldContain("printable");
        var issue = await Send(Facilitator(), s =>
        {
            s.Post.Json(new IssueFunderReport(scene.Group, new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero)))
                .ToUrl("/api/reports");
            s.StatusCodeShouldBe(400);
        });
        (await issue.ReadAsJsonAsync<ValidationProblem>())!.Errors["cutOff"].ShouldNotBeEmpty();
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task An_issued_report_records_the_hash_of_its_content_and_regenerates_byte_for_byte_after_later_events()
    {
        var scene = await EvaluatedGroupAsync();
        var cutOff = FiveMinutesAgo();
        var preview = await Bytes(Facilitator(), $"/api/reports/funder?groupId={scene.Group}&{Period}&cutOff={cutOff:yyyy-MM-ddTHH:mm:ss}Z");

        var reportId = await Host.CreateAsync(Facilitator(), "/api/reports", new IssueFunderReport(scene.Group, new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), cutOff));

        var issued = (await Stream(reportId)).Single().Data.ShouldBeOfType<FunderReportIssued>();
        issued.ShouldBe(new FunderReportIssued(reportId, scene.Group, new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), cutOff,
            EvaluationScene.Facilitator, ApiFixture.Today, Convert.ToHexStringLower(SHA256.HashData(preview)), FunderReports.Rules));

        // Later: a new participant, another assessment, a case. None of it is before the cut-off.
        await Host.EnrolAsync(Coordinator(), scene.Group, ParticipantScenarios.NewParticipant("Jan", "nl"));
        await Host.AssessAsync(Coordinator(), scene.People[3], ApiFixture.Today, ("pay-bill-online", 6));
        await Host.PostCaseAsync(Facilitator(), scene.Group, CaseScene.ItsmeCase(scene.People[2]));

        (await Bytes(Facilitator(), $"/api/reports/{reportId}/content")).ShouldBe(preview);
        (await Host.GetAsync<ReportCheck>(Facilitator(), $"/api/reports/{reportId}/check"))
            .ShouldBe(new ReportCheck(reportId, issued.Sha256, issued.Sha256, true, FunderReports.Rules, FunderReports.Rules, CheckReason.Matches));
        (await Host.GetAsync<IssuedReport>(Coordinator(), $"/api/reports/{reportId}")).ShouldBe(IssuedReport.Create(issued) with { Version = 1 });
        (await Host.GetAsync<IReadOnlyList<IssuedReport>>(Facilitator(), "/api/reports")).Single().Id.ShouldBe(reportId);
        (await Host.GetAsync<IReadOnlyList<IssuedReport>>(Facilitator("facilitator-2"), "/api/reports")).ShouldBeEmpty();
        foreach (var token in new[] { Coordinator(OrgB), Facilitator("facilitator-2") })
            foreach (var url in new[] { $"/api/reports/{reportId}", $"/api/reports/{reportId}/content", $"/api/reports/{reportId}/check" })
                await Status(404, token, url);
    }

    [Fact]
    public async Task A_report_issued_under_earlier_rules_checks_as_such_and_its_content_is_409_never_another_report_under_its_number()
    {
        var scene = await EvaluatedGroupAsync();
        var cutOff = FiveMinutesAgo();
        var regenerated = Convert.ToHexStringLower(SHA256.HashData(await Bytes(Facilitator(), $"/api/reports/funder?groupId={scene.Group}&{Period}&cutOff={cutOff:yyyy-MM-ddTHH:mm:ss}Z")));
        // As a report issued before its rules were recorded: its event has no "rules", and its hash is of the bytes the rules of the time made.
        var old = await IssuedEarlierAsync(new FunderReportIssued(Guid.CreateVersion7(), scene.Group, new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), cutOff,
            EvaluationScene.Facilitator, ApiFixture.Today, Convert.ToHexStringLower(SHA256.HashData("as rules 1 wrote it"u8))));
        // Issued under today's rules, with a hash that the events up to its cut-off do not give.
        var altered = await IssuedEarlierAsync(old with { ReportId = Guid.CreateVersion7(), Rules = FunderReports.Rules });

        (await Stream(old.ReportId)).Single().Data.ShouldBe(old); // read without the field: rules 1
        (await Host.GetAsync<IssuedReport>(Facilitator(), $"/api/reports/{old.ReportId}")).Rules.ShouldBe(1);
        (await Host.GetAsync<ReportCheck>(Facilitator(), $"/api/reports/{old.ReportId}/check"))
            .ShouldBe(new ReportCheck(old.ReportId, old.Sha256, regenerated, false, 1, FunderReports.Rules, CheckReason.IssuedUnderOtherRules));
        (await Host.GetAsync<ReportCheck>(Facilitator(), $"/api/reports/{altered.ReportId}/check"))
            .ShouldBe(new ReportCheck(altered.ReportId, old.Sha256, regenerated, false, FunderReports.Rules, FunderReports.Rules, CheckReason.ContentDiffers));
        foreach (var format in new[] { "json", "csv", "printable" })
        {
            (await NotAsIssued($"/api/reports/{old.ReportId}/content?format={format}")).Detail!.ShouldContain($"issued under rules 1 of the figures and today's are {FunderReports.Rules}");
            (await NotAsIssued($"/api/reports/{altered.ReportId}/content?format={format}")).Detail!.ShouldContain("not the one issued");
        }
    }

    /// <summary>A settled cut-off, to the second as issuing takes it.</summary>
    private static DateTimeOffset FiveMinutesAgo()
    {
        var cutOff = DateTimeOffset.UtcNow.AddMinutes(-5);
        return cutOff.AddTicks(-(cutOff.Ticks % TimeSpan.TicksPerSecond));
    }

    /// <summary>Appends <paramref name="issued"/> as an event stored before the rules were recorded, when it says rules 1: without the field, in its stream and its snapshot.</summary>
    private async Task<FunderReportIssued> IssuedEarlierAsync(FunderReportIssued issued)
    {
        await using (var session = Store.LightweightSession(OrgA))
        {
            session.Events.StartStream<IssuedReport>(issued.ReportId, issued);
            await session.SaveChangesAsync();
        }
        if (issued.Rules == 1)
            (await Sql<long>($"""
                with events as (update {Store.Options.Events.DatabaseSchemaName}.mt_events set data = data - 'rules' where stream_id = @id returning 1),
                     snapshots as (update {Store.Options.Schema.For<IssuedReport>()} set data = data - 'rules' where id = @id returning 1)
                select (select count(*) from events) + (select count(*) from snapshots)
                """, ("id", issued.ReportId))).ShouldBe(2);
        return issued;
    }

    private async Task<ProblemDetails> NotAsIssued(string url) =>
        (await (await Send(Facilitator(), s =>
        {
            s.Get.Url(url);
            s.StatusCodeShouldBe(409);
            s.ContentTypeShouldBe("application/problem+json");
        })).ReadAsJsonAsync<ProblemDetails>())!;

    [Fact]
    public async Task What_a_report_is_built_from_folds_to_the_same_state_as_the_stored_snapshots()
    {
        var scene = await EvaluatedGroupAsync();
        await using var session = Store.QuerySession(OrgA);

        var recordedUpTo = await session.RecordedUpToAsync();
        var sources = await session.ReportSourcesAsync(null, recordedUpTo);

        // Nothing of the API's own (the projection daemon, Wolverine's agents) holds a transaction open for long.
        (DateTimeOffset.UtcNow - recordedUpTo).ShouldBeLessThan(TimeSpan.FromSeconds(10));
        Same(sources.Groups, await session.Query<Group>().ToListAsync(), g => g.Id);
        Same(sources.Participants, await session.Query<Participant>().ToListAsync(), p => p.Id);
        Same(sources.Pairings, await session.Query<Pairing>().ToListAsync(), p => p.Id);
        Same(sources.Cases, await session.Query<ProblemCase>().ToListAsync(), c => c.Id);
        Same(sources.Activities, await session.Query<LivingLibrary.Domain.Activities.Activity>().ToListAsync(), a => a.Id);
        Same(sources.Campaigns, await session.Query<Campaign>().ToListAsync(), c => c.Id);
        Same(sources.Devices, await session.Query<Device>().ToListAsync(), d => d.Id);
        sources.Devices.Count.ShouldBe(4);
        sources.Stays.Select(s => s.ParticipantId).Order().ShouldBe(scene.People.Order());
    }

    /// <summary>Versions are the store's, not the fold's: compared without them, and dictionaries whatever their order.</summary>
    private static void Same<T>(IReadOnlyList<T> folded, IReadOnlyList<T> stored, Func<T, Guid> id)
    {
        folded.Count.ShouldBe(stored.Count, typeof(T).Name);
        string Json(T x)
        {
            var node = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(x))!.AsObject();
            node.Remove("Version");
            return Sorted(node)!.ToJsonString();
        }
        folded.OrderBy(id).Select(Json).ShouldBe(stored.OrderBy(id).Select(Json), typeof(T).Name);
    }

    private static System.Text.Json.Nodes.JsonNode? Sorted(System.Text.Json.Nodes.JsonNode? node) => node switch
    {
        System.Text.Json.Nodes.JsonObject o => new System.Text.Json.Nodes.JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        System.Text.Json.Nodes.JsonArray a => new System.Text.Json.Nodes.JsonArray([.. a.Select(Sorted)]),
        _ => node?.DeepClone(),
    };

    /// <summary>
    /// Four people assessed at intake, three reassessed higher; a closed end-of-project campaign answered by three
    /// of them, with conclusions; one pairing with three help sessions; one case resolved; an exchange session; a laptop
    /// lent to each, one of them back, one overdue.
    /// </summary>
    private async Task<EvaluationScene> EvaluatedGroupAsync()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 4);
        foreach (var person in scene.People.Take(3))
            await Host.AssessAsync(Facilitator(), person, new DateOnly(2026, 11, 20), ("pay-bill-online", 4));
        var campaign = await scene.OpenAsync(Host, Facilitator(), AnswerMode.Named);
        var sheet = await EvaluationScene.SheetAsync(Host, Facilitator(), campaign);
        foreach (var person in scene.People.Take(3))
            await Host.SendAsync(Facilitator(), $"/api/campaigns/{campaign}/answers", new RecordNamedAnswers(person, EvaluationScene.AnswersTo(sheet), true));
        await Host.SendAsync(Facilitator(), $"/api/campaigns/{campaign}/conclusions", new RecordConclusions("L'entraide", null, null));
        await Host.SendAsync(Facilitator(), $"/api/campaigns/{campaign}/close", new { });

        await Host.OfferAsync(Facilitator(), scene.People[0], "pay-bill-online", 5);
        var need = await Host.DeclareNeedAsync(Facilitator(), scene.People[3], "pay-bill-online", NeedPriority.High);
        var pairing = await Pairings.PairingScenarios.StartAsync(Host, Facilitator(), need, scene.People[0]);
        foreach (var _ in Enumerable.Range(0, 3))
            await Host.SendAsync(Facilitator(), $"/api/pairings/{pairing}/sessions", new LogHelpSession(ApiFixture.Today, 60, "QR code", LearnerFeeling.Confident));

        var caseId = await Host.PostCaseAsync(Facilitator(), scene.Group, CaseScene.ItsmeCase(scene.People[1]));
        await Host.SendAsync(Facilitator(), $"/api/cases/{caseId}/accompaniments", CaseScene.Accompaniment(40));
        await Host.SendAsync(Facilitator(), $"/api/cases/{caseId}/resolve", new ResolveCase(["x"], Autonomy.DoneTogether, null));
        await Host.CreateAsync(Facilitator(), $"/api/groups/{scene.Group}/exchange-sessions", new HoldExchangeSession(ApiFixture.Today, [.. scene.People], "Payer en ligne"));

        // Due on 1 and 10 November 2026 (the first back on 30 October), and after the period: one overdue whenever the suite runs.
        DateOnly[] due = [new(2026, 11, 1), new(2026, 11, 10), new(2028, 9, 1), new(2028, 9, 1)];
        foreach (var (person, i) in scene.People.Select((p, i) => (p, i)))
        {
            var laptop = await Host.CreateAsync(Coordinator(), "/api/devices", Loans.LoanScene.Device($"LAP-{i}"));
            await Host.SendAsync(Facilitator(), $"/api/devices/{laptop}/lend", Loans.LoanScene.To(person, new DateOnly(2026, 10, 1), due[i]));
            if (i == 0) await Host.SendAsync(Facilitator(), $"/api/devices/{laptop}/return", Loans.LoanScene.Back() with { On = new DateOnly(2026, 10, 30) });
        }

        await EventsRecordedEarlier(TimeSpan.FromMinutes(10));
        return scene;
    }

    private async Task<byte[]> Bytes(string token, string url)
    {
        var result = await Send(token, s =>
        {
            s.Get.Url(url);
            s.StatusCodeShouldBe(200);
        });
        using var memory = new MemoryStream();
        await result.Context.Response.Body.CopyToAsync(memory);
        return memory.ToArray();
    }

    private Task Status(int status, string token, string url) => Send(token, s =>
    {
        s.Get.Url(url);
        s.StatusCodeShouldBe(status);
    });

    private async Task<ValidationProblem> Problem(string url) =>
        (await (await Send(Facilitator(), s =>
        {
            s.Get.Url(url);
            s.StatusCodeShouldBe(400);
        })).ReadAsJsonAsync<ValidationProblem>())!;
}
