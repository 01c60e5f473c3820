using Alba;
using LivingLibrary.Api.Demo;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Api.Pairings;
using LivingLibrary.Api.Evaluations;
using LivingLibrary.Api.Progress;
using LivingLibrary.Api.Reports;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Reports;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Projections.Library;
using LivingLibrary.Projections.Pairings;
using Microsoft.Extensions.DependencyInjection;

namespace LivingLibrary.Api.Tests.Platform;

[Collection(PlatformCollection.Name)]
public sealed class DemoDataTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_demo_organisation_loads_once_with_a_realistic_group()
    {
        (await DemoData.LoadAsync(Store)).ShouldBeTrue();
        var events = await EventCount();
        (await DemoData.LoadAsync(Store)).ShouldBeFalse();
        (await EventCount()).ShouldBe(events);

        var token = Token(DemoData.FacilitatorId, DemoData.Organisation, "facilitator");
        await ViewsCaughtUp();
        var map = (await (await Send(token, s => s.Get.Url($"/api/groups/{DemoData.GroupId}/skill-map"))).ReadAsJsonAsync<SkillMapView>())!;
        var catalogue = (await (await Send(token, s => s.Get.Url($"/api/groups/{DemoData.GroupId}/catalogue"))).ReadAsJsonAsync<CatalogueView>())!;

        map.Participants.Count.ShouldBe(12);
        catalogue.Skills.Count(s => s.Helpers.Count > 0 && s.Learners.Count > 0).ShouldBeGreaterThanOrEqualTo(5);
    }
}

public sealed class DemoVersionTests(ApiFixture fixture) : ApiTest(fixture)
{
    /// <summary>
    /// The demo appends a case's revealed need to a participant's stream after it started, outside any command. Appends
    /// that do not know the stream's version leave its snapshot's version (the ETag) behind, and a command sent with that
    /// ETag, or one that appends at it (the erasure), then loses a race nobody ran.
    /// </summary>
    [Fact]
    public async Task A_stream_the_demo_appended_to_answers_its_stream_version_as_etag_and_commands_at_it_go_through()
    {
        await DemoData.LoadAsync(Store);
        var coordinator = Token(DemoData.CoordinatorId, DemoData.Organisation, "coordinator");
        var appendedTo = DemoCases.RevealedNeed.ParticipantId;

        foreach (var id in Enumerable.Range(1, 12).Select(DemoData.ParticipantId))
        {
            var profile = await Send(coordinator, s => s.Get.Url($"/api/participants/{id}"));
            profile.Context.Response.Headers.ETag.ToString().ShouldBe(Versions.ETag((await Stream(id, DemoData.Organisation)).Count), $"participant {id}");
        }
        var version = (await Stream(appendedTo, DemoData.Organisation)).Count;
        await Send(coordinator, s =>
        {
            s.Post.Json(new SetHelpCapacity(2)).ToUrl($"/api/participants/{appendedTo}/capacity");
            s.WithRequestHeader("If-Match", Versions.ETag(version));
            s.Header("ETag").SingleValueShouldEqual(Versions.ETag(version + 1));
        });
        var erased = await Send(coordinator, s => s.Post.Json(new LivingLibrary.Domain.Privacy.ErasePerson(LivingLibrary.Domain.Privacy.ErasureReason.Request))
            .ToUrl($"/api/participants/{appendedTo}/erase"));
        var stream = await Stream(appendedTo, DemoData.Organisation);
        stream.Select(e => e.Data).OfType<LivingLibrary.Domain.Privacy.PersonErased>().ShouldHaveSingleItem();
        erased.Context.Response.Headers.ETag.ToString().ShouldBe(Versions.ETag(stream.Count));
    }
}

public sealed class DemoWalkthroughTests(ApiFixture fixture) : ApiTest(fixture)
{
    /// <summary>What the README's walk-through does by hand: suggest, read why, accept, log a session, end, and see it all.</summary>
    [Fact]
    public async Task The_demo_facilitator_pairs_people_and_sees_it_all_in_the_views_and_the_history()
    {
        await DemoData.LoadAsync(Store);
        var amina = Token(DemoData.FacilitatorId, DemoData.Organisation, "facilitator");
        var group = DemoData.GroupId;

        var suggestion = (await (await Send(amina, s => s.Post.Json(new SuggestPairings([group], null, null, null)).ToUrl("/api/pairings/suggestions")))
            .ReadAsJsonAsync<SuggestionView>())!;
        suggestion.Pairs.Count.ShouldBeGreaterThanOrEqualTo(5);
        suggestion.Pairs.ShouldAllBe(p => p.Explanation.Contains(" can help ") && p.Explanation.Contains("both speak"));
        suggestion.Unmatched.ShouldContain(u => u.Explanation.Contains("nobody speaks Turkish"));

        var pairings = new List<Guid>();
        foreach (var pair in suggestion.Pairs.Take(2))
        {
            var result = await Send(amina, s => { s.Post.Json(new ProposePairing(suggestion.SuggestionId, pair.NeedId, null)).ToUrl("/api/pairings"); s.StatusCodeShouldBe(201); });
            var id = (await result.ReadAsJsonAsync<CreatedId>())!.Id;
            foreach (var party in new[] { Party.Learner, Party.Helper })
                await Send(amina, s => s.Post.Json(new AcceptPairing(party)).ToUrl($"/api/pairings/{id}/accept"));
            pairings.Add(id);
        }
        await Send(amina, s => s.Post.Json(new LogHelpSession(ApiFixture.Today, 60, "Paid the electricity bill", LearnerFeeling.Confident))
            .ToUrl($"/api/pairings/{pairings[0]}/sessions"));
        await Send(amina, s => s.Post.Json(new EndPairing(PairingOutcome.WentWell, "Done", "Merci", "Avec plaisir")).ToUrl($"/api/pairings/{pairings[1]}/end"));

        var active = (await (await Send(amina, s => s.Get.Url($"/api/groups/{group}/pairings"))).ReadAsJsonAsync<PairingSummary[]>())!;
        var ended = (await (await Send(amina, s => s.Get.Url($"/api/groups/{group}/pairings?status=ended"))).ReadAsJsonAsync<PairingSummary[]>())!;
        var history = (await (await Send(amina, s => s.Get.Url($"/api/pairings/{pairings[0]}/history"))).ReadAsJsonAsync<HistoryEntry[]>())!;
        await ViewsCaughtUp();
        var board = (await (await Send(amina, s => s.Get.Url($"/api/groups/{group}/unmatched-needs"))).ReadAsJsonAsync<UnmatchedNeedEntry[]>())!;

        active.Single().ShouldSatisfyAllConditions(p => p.Id.ShouldBe(pairings[0]), p => p.Sessions.ShouldBe(1));
        ended.Single().Id.ShouldBe(pairings[1]);
        history.Select(h => h.Type).Last().ShouldBe("help_session_logged");
        history.ShouldAllBe(h => h.By == DemoData.FacilitatorId);
        board.ShouldNotContain(n => n.NeedId == suggestion.Pairs[0].NeedId);
    }
}

public sealed class DemoCasesTests(ApiFixture fixture) : ApiTest(fixture)
{
    /// <summary>What the README's cases walk-through reads: a board, every state, a session, a referral, knowledge and a drop-in sheet.</summary>
    [Fact]
    public async Task The_demo_has_cases_in_every_state_a_session_a_referral_an_entry_and_a_drop_in_sheet()
    {
        await DemoData.LoadAsync(Store);
        var amina = Token(DemoData.FacilitatorId, DemoData.Organisation, "facilitator");
        var karim = Token(DemoCases.DeskWorkerId, DemoData.Organisation, "facilitator");

        var board = await Host.GetAsync<IReadOnlyList<LivingLibrary.Api.Cases.CaseCard>>(amina, $"/api/groups/{DemoData.GroupId}/cases");
        board.Select(c => c.PersonName).ShouldBe(["Jean", "Hüseyin"]);
        foreach (var status in new[] { "resolved", "referred", "closed" })
            (await Host.GetAsync<IReadOnlyList<LivingLibrary.Api.Cases.CaseCard>>(amina, $"/api/groups/{DemoData.GroupId}/cases?status={status}")).ShouldNotBeEmpty();

        var session = await Host.GetAsync<LivingLibrary.Api.ExchangeSessions.ExchangeSessionView>(amina, $"/api/exchange-sessions/{DemoCases.SessionId}");
        session.Cases.Single().CaseId.ShouldBe(DemoCases.CaseId(3));
        var chain = await Host.GetAsync<LivingLibrary.Api.Cases.CaseView>(amina, $"/api/cases/{DemoCases.CaseId(3)}");
        chain.Needs.Single().Skill.ShouldBe("join-video-call");
        (await Host.GetAsync<IReadOnlyList<LivingLibrary.Domain.Knowledge.KnowledgeEntry>>(amina, "/api/knowledge?q=appel%20vid%C3%A9o"))
            .Single().Id.ShouldBe(DemoCases.EntryId);

        var sheet = await Host.GetAsync<LivingLibrary.Api.DropIns.SessionSheet>(karim, $"/api/desks/{DemoCases.DeskId}/sessions/2026-11-18");
        sheet.Requests.Count.ShouldBe(3);
        (sheet.Activity.Resolved, sheet.Activity.Referred, sheet.Activity.Open).ShouldBe((1, 1, 1));
        await Send(amina, s =>
        {
            s.Get.Url($"/api/desks/{DemoCases.DeskId}");
            s.StatusCodeShouldBe(404); // Amina does not staff the desk
        });
    }
}

public sealed class DemoEvaluationTests(ApiFixture fixture) : ApiTest(fixture)
{
    /// <summary>What the README's evaluation walk-through reads: the closed campaign, its results, the group's progress and its report.</summary>
    [Fact]
    public async Task The_demo_group_has_a_closed_end_of_project_campaign_answered_by_name_and_anonymously_with_progress_and_a_report()
    {
        await DemoData.LoadAsync(Store);
        await EventsRecordedEarlier(TimeSpan.FromMinutes(10));
        var amina = Token(DemoData.FacilitatorId, DemoData.Organisation, "facilitator");
        var coordinator = Token(DemoData.CoordinatorId, DemoData.Organisation, "coordinator");
        var group = DemoData.GroupId;

        var campaign = (await Host.GetAsync<IReadOnlyList<CampaignSummary>>(amina, $"/api/groups/{group}/campaigns")).Single();
        campaign.ShouldBe(new CampaignSummary(DemoEvaluations.CampaignId, CampaignKind.EndOfProject, AnswerMode.NamedOrAnonymous,
            DemoEvaluations.OpensOn, DemoEvaluations.ClosesOn, true, 10));
        var outcome = await Host.GetAsync<CampaignOutcome>(amina, $"/api/campaigns/{campaign.Id}/results");
        outcome.Results.Respondents.Value.ShouldBe(10);
        outcome.Results.Questions.Single(q => q.Question == "satisfaction-overall").Mean!.Value.ShouldBe(4.4);
        outcome.Quotes.ShouldContain("Qu'on peut demander de l'aide sans avoir honte.");
        outcome.Quotes.ShouldNotContain("Faire un appel vidéo avec ma fille en Turquie."); // named: Fatma's own words

        var progress = await Host.GetAsync<GroupProgressView>(amina, $"/api/groups/{group}/progress");
        progress.Together.People.Value.ShouldBe(12);
        var browsing = progress.Together.Skills.Single(s => s.Skill == "1.1");
        (browsing.Reassessed.Value, browsing.MovedUp.Value, browsing.ShareMovedUp.Value).ShouldBe((4, 4, 1.0));
        progress.People.Single(p => p.DisplayName == "Jean").Progress.Skills.Single(s => s.Skill == "pay-bill-online").SaidAtEnd.ShouldBe(CanDo.WithHelp);

        var report = await Host.GetAsync<FunderReport>(coordinator, "/api/reports/funder?from=2026-09-01&to=2027-06-30");
        report.Participants.TookPart.Value.ShouldBe(12);
        report.Evaluations.Single().Respondents.Value.ShouldBe(10);
        report.Quotes.Count.ShouldBe(outcome.Quotes.Count);
        var issued = await Host.CreateAsync(amina, "/api/reports", new IssueFunderReport(group, new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), null));
        (await Host.GetAsync<ReportCheck>(amina, $"/api/reports/{issued}/check")).Matches.ShouldBeTrue();
    }
}

public sealed class DemoNetworkTests(ApiFixture fixture) : ApiTest(fixture)
{
    /// <summary>What the README's observatory and network walk-through reads.</summary>
    [Fact]
    public async Task The_demo_has_an_observatory_with_suppressed_cells_a_network_of_two_organisations_and_a_demand_sent_to_itsme()
    {
        await DemoData.LoadAsync(Store);
        await ViewsCaughtUp();
        var coordinator = Token(DemoData.CoordinatorId, DemoData.Organisation, "coordinator");
        var network = Host.Services.GetRequiredService<DevelopmentTokens>().IssueForNetwork(DemoNetwork.NetworkCoordinatorId, DemoNetwork.NetworkId, TimeSpan.FromMinutes(5));
        const string Autumn = "from=2026-09&to=2026-11";

        var own = await Host.GetAsync<LivingLibrary.Domain.Observatory.ObservatoryView>(coordinator, $"/api/observatory?{Autumn}");
        var itsme = own.Rows.Single(r => r.Service == "itsme" && r.Difficulty == "login-and-identity").Figures;
        itsme.Cases.Value!.Value.ShouldBeGreaterThanOrEqualTo(10);
        own.Rows.ShouldContain(r => r.Figures.Cases.Suppressed);

        var shared = await Host.GetAsync<LivingLibrary.Domain.Observatory.ObservatoryView>(network, $"/api/networks/{DemoNetwork.NetworkId}/observatory?{Autumn}");
        shared.Total.Cases.Value!.Value.ShouldBeGreaterThan(own.Total.Cases.Value!.Value);
        var activity = await Host.GetAsync<LivingLibrary.Domain.Observatory.NetworkActivityView>(network, $"/api/networks/{DemoNetwork.NetworkId}/activity?{Autumn}");
        activity.Members.Select(m => m.OrganisationId).ShouldBe([DemoData.Organisation, DemoNetwork.SecondOrganisation]);

        var point = await Host.GetAsync<LivingLibrary.Domain.Advocacy.AdvocacyPoint>(coordinator, $"/api/advocacy/{DemoNetwork.AdvocacyPointId}");
        (point.Status, point.SentTo).ShouldBe((LivingLibrary.Domain.Advocacy.AdvocacyStatus.Sent, "itsme (Belgian Mobile ID)"));
        point.Evidence.Figures.Cases.Value.ShouldBe(itsme.Cases.Value);
        (await Host.GetAsync<LivingLibrary.Api.Advocacy.EvidenceCheck>(coordinator, $"/api/advocacy/{DemoNetwork.AdvocacyPointId}/check")).Matches.ShouldBeTrue();
    }
}

public sealed class DemoLoansTests(ApiFixture fixture) : ApiTest(fixture)
{
    /// <summary>What the README's loans walk-through reads: the inventory, the overdue list, a participant's and a visitor's loans, the report's figures.</summary>
    [Fact]
    public async Task The_demo_has_devices_in_every_state_two_loans_out_one_overdue_and_one_returned()
    {
        await DemoData.LoadAsync(Store);
        var amina = Token(DemoData.FacilitatorId, DemoData.Organisation, "facilitator");
        var karim = Token(DemoCases.DeskWorkerId, DemoData.Organisation, "facilitator");
        var coordinator = Token(DemoData.CoordinatorId, DemoData.Organisation, "coordinator");

        var inventory = await Host.GetAsync<IReadOnlyList<LivingLibrary.Api.Loans.DeviceSummary>>(amina, "/api/devices");
        inventory.Select(d => (d.Identifier, d.State.ToString())).ShouldBe(
            [("LGE-HOT-001", "Available"), ("LGE-LAP-001", "Overdue"), ("LGE-LAP-002", "Available"), ("LGE-TAB-001", "Lent"), ("LGE-TEL-001", "Broken")]);
        inventory.Single(d => d.Identifier == "LGE-TAB-001").Loan!.Borrower.ShouldBeNull(); // a visitor of a desk Amina does not staff

        var overdue = (await Host.GetAsync<IReadOnlyList<LivingLibrary.Api.Loans.OverdueLoan>>(amina, "/api/loans/overdue")).Single();
        (overdue.DeviceId, overdue.DaysOverdue, overdue.Loan.Borrower!.Name).ShouldBe((DemoLoans.DeviceId(1), 7, "Elena"));
        var jean = (await Host.GetAsync<IReadOnlyList<LivingLibrary.Api.Loans.BorrowerLoan>>(amina, $"/api/participants/{DemoData.ParticipantId(2)}/loans")).Single();
        (jean.Identifier, jean.Loan.Return!.DepositReturned).ShouldBe(("LGE-HOT-001", true));
        var visitor = (await Host.GetAsync<IReadOnlyList<LivingLibrary.Api.Loans.BorrowerLoan>>(karim, $"/api/visitors/{DemoCases.VisitorId(3)}/loans")).Single();
        visitor.DeviceId.ShouldBe(DemoLoans.DeviceId(3));

        await EventsRecordedEarlier(TimeSpan.FromMinutes(10));
        var loans = (await Host.GetAsync<FunderReport>(coordinator, "/api/reports/funder?from=2026-09-01&to=2027-06-30")).Loans;
        loans.Lent.Value.ShouldBe(3);
        loans.ByKind.Select(k => k.Kind.ToString()).ShouldBe(["Laptop", "Tablet", "MobileHotspot"]);
    }
}

public sealed class DemoErasureTests(ApiFixture fixture) : ApiTest(fixture)
{
    /// <summary>
    /// The issue's proof on the demo data: Fatma erased, nothing of her in a dump of the database (every name she had, in
    /// any form), nothing about her in the access journal, the figures as they were.
    /// </summary>
    [Fact]
    public async Task Erasing_a_demo_participant_leaves_nothing_of_her_in_the_database_and_every_figure_as_it_was()
    {
        await DemoData.LoadAsync(Store);
        await EventsRecordedEarlier(TimeSpan.FromMinutes(10));
        await ViewsCaughtUp();
        var coordinator = Token(DemoData.CoordinatorId, DemoData.Organisation, "coordinator");
        var fatma = DemoData.ParticipantId(3);
        var names = (await Stream(fatma, DemoData.Organisation)).Select(e => e.Data switch
        {
            ParticipantEnrolled x => x.Person.DisplayName,
            ParticipantDetailsUpdated x => x.Person.DisplayName,
            _ => null,
        }).OfType<string>().Distinct().ToList();
        names.ShouldBe(["Fatma"]);
        string[] hers = ["Appeler mes petits-enfants en vidéo le dimanche", "Faire un appel vidéo avec ma fille en Turquie", "Plus de séances sur itsme"];
        var report = await Host.CreateAsync(coordinator, "/api/reports", new IssueFunderReport(null, new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), null));
        async Task<string> Figures() => string.Join("\n",
            await (await Send(coordinator, s => s.Get.Url($"/api/groups/{DemoData.GroupId}/progress"))).ReadAsTextAsync() is var p ? System.Text.Json.JsonDocument.Parse(p).RootElement.GetProperty("together").ToString() : "",
            await (await Send(coordinator, s => s.Get.Url("/api/observatory?from=2026-09&to=2026-11"))).ReadAsTextAsync(),
            await (await Send(coordinator, s => s.Get.Url($"/api/campaigns/{DemoEvaluations.CampaignId}/results"))).ReadAsTextAsync());
        var before = await Figures();
        await Send(coordinator, s => s.Get.Url($"/api/participants/{fatma}/export"));
        (await JournalEntriesAbout(fatma)).ShouldBe(1);
        (await Privacy.DatabaseDump.HoldingAsync([.. names, .. hers], Database)).Count.ShouldBe(names.Count + hers.Length);

        await Host.SendAsync(coordinator, $"/api/participants/{fatma}/erase", new LivingLibrary.Domain.Privacy.ErasePerson(LivingLibrary.Domain.Privacy.ErasureReason.Request));
        await ViewsCaughtUp();

        (await Privacy.DatabaseDump.HoldingAnyFormOfAsync([.. names, .. hers], Database)).ShouldBeEmpty();
        (await JournalEntriesAbout(fatma)).ShouldBe(0);
        (await Figures()).ShouldBe(before);
        (await Host.GetAsync<ReportCheck>(coordinator, $"/api/reports/{report}/check")).Matches.ShouldBeTrue();
    }

    private Task<long> JournalEntriesAbout(Guid person) =>
        Sql<long>($"select count(*) from {Store.Options.Events.DatabaseSchemaName}.mt_doc_accessjournalentry where data ->> 'personId' = @person",
            ("person", person.ToString()));
}

public sealed class DemoDataRefusedTests
{
    /// <summary>Following a production setup by the letter must not fill an organisation's database with invented people.</summary>
    [Fact]
    public async Task Demo_data_is_refused_outside_development_and_nothing_is_written()
    {
        var database = await ScratchDatabase.CreateAfreshAsync(await TestDatabase.EnsureAsync(), "production");

        var said = await CommandLine.RunAsync(database, "Production", 1, "demo-data");

        said.ShouldContain("runs only with ASPNETCORE_ENVIRONMENT=Development");
        said.ShouldNotContain("Demo data loaded");
        await using var connection = new Npgsql.NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var tables = new Npgsql.NpgsqlCommand("select count(*) from pg_tables where schemaname = 'livinglibrary'", connection);
        ((long)(await tables.ExecuteScalarAsync())!).ShouldBe(0, "not an event, not even a table");
    }
}
