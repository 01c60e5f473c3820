using Alba;
using LivingLibrary.Api.Advocacy;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Advocacy;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Reports;

namespace LivingLibrary.Api.Tests.Advocacy;

/// <summary>A demand carried to a service provider: drafted with the observatory's figures at a cut-off, sent, answered, closed.</summary>
public sealed class AdvocacyTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static DraftAdvocacyPoint Itsme(DateTimeOffset? cutOff = null) =>
        new("itsme sans carte bancaire belge", "Permettre l'activation d'itsme sans carte bancaire belge.", "itsme", "login-and-identity", "2026-06", "2026-11", cutOff);

    [Fact]
    public async Task A_draft_carries_the_figures_at_its_cut_off_and_they_regenerate_the_same_after_later_cases()
    {
        var scene = await ItsmeCasesAsync(referred: 6, resolved: 4);

        var point = await Host.CreateAsync(Coordinator(), "/api/advocacy", Itsme());

        var drafted = (await Stream(point)).Single().Data.ShouldBeOfType<AdvocacyPointDrafted>();
        drafted.Title.ShouldBe("itsme sans carte bancaire belge");
        var evidence = drafted.Evidence;
        (evidence.Service, evidence.Difficulty, evidence.From, evidence.To).ShouldBe(("itsme", "login-and-identity", "2026-06", "2026-11"));
        (evidence.Figures.Cases.Value, evidence.Figures.Referred.Value, evidence.Figures.Resolved.Value).ShouldBe((10, 6, 4));
        evidence.ShareReferred.Value.ShouldBe(0.6);
        evidence.CutOff.ShouldBeLessThan(DateTimeOffset.UtcNow);
        evidence.Rules.ShouldBe(AdvocacyEvidence.CurrentRules);

        await Host.PostCaseAsync(Coordinator(), scene.Group, CaseScene.ItsmeCase(scene.Jean)); // after the cut-off
        var check = await Host.GetAsync<EvidenceCheck>(Coordinator(), $"/api/advocacy/{point}/check");
        check.ShouldBe(new EvidenceCheck(point, evidence, evidence, true, AdvocacyEvidence.CurrentRules, AdvocacyEvidence.CurrentRules, CheckReason.Matches));
    }

    [Fact]
    public async Task Figures_taken_before_their_rules_were_recorded_read_rules_1_and_their_check_says_they_were_issued_under_other_rules()
    {
        await ItsmeCasesAsync(referred: 6, resolved: 4);
        var point = await Host.CreateAsync(Coordinator(), "/api/advocacy", Itsme());
        var now = (await Host.GetAsync<AdvocacyPoint>(Coordinator(), $"/api/advocacy/{point}")).Evidence;
        // As a demand drafted before the rules were recorded: its evidence has no "rules", and the rules of the time hid its hours.
        const string old = "jsonb_set(data #- '{evidence,rules}', '{evidence,figures,hours}', '{\"suppressed\": true}')";
        (await Sql<long>($"""
            with events as (update {Store.Options.Events.DatabaseSchemaName}.mt_events set data = {old} where stream_id = @id returning 1),
                 snapshots as (update {Store.Options.Schema.For<AdvocacyPoint>()} set data = {old} where id = @id returning 1)
            select (select count(*) from events) + (select count(*) from snapshots)
            """, ("id", point))).ShouldBe(2);

        var recorded = now with { Figures = now.Figures with { Hours = Figure.Hidden }, Rules = 1 };
        (await Stream(point)).Single().Data.ShouldBeOfType<AdvocacyPointDrafted>().Evidence.ShouldBe(recorded);
        (await Host.GetAsync<AdvocacyPoint>(Coordinator(), $"/api/advocacy/{point}")).Evidence.ShouldBe(recorded);
        (await Host.GetAsync<EvidenceCheck>(Coordinator(), $"/api/advocacy/{point}/check"))
            .ShouldBe(new EvidenceCheck(point, recorded, now, false, 1, AdvocacyEvidence.CurrentRules, CheckReason.IssuedUnderOtherRules));
    }

    [Fact]
    public async Task A_demand_goes_from_draft_to_sent_answered_and_closed_and_what_its_state_forbids_is_409()
    {
        await ItsmeCasesAsync(referred: 3, resolved: 3);
        var point = await Host.CreateAsync(Coordinator(), "/api/advocacy", Itsme());
        await Host.SendAsync(Coordinator(), $"/api/advocacy/{point}/revise", new ReviseAdvocacyPoint("itsme et cartes étrangères", "Le texte revu."));
        await Refused(409, $"/api/advocacy/{point}/answer", new RecordAdvocacyAnswer("Trop tôt", null));

        await Host.SendAsync(Coordinator(), $"/api/advocacy/{point}/send", new SendAdvocacyPoint("itsme (Belgian Mobile ID)", new DateOnly(2026, 11, 20)));
        var before = await EventCount();
        await Refused(409, $"/api/advocacy/{point}/revise", new ReviseAdvocacyPoint("x", "y"));
        await Refused(409, $"/api/advocacy/{point}/evidence", new UpdateAdvocacyEvidence("2026-01", "2026-11", null));
        await Refused(400, $"/api/advocacy/{point}/answer", new RecordAdvocacyAnswer("Avant l'envoi", new DateOnly(2026, 11, 1)));
        (await EventCount()).ShouldBe(before);

        await Host.SendAsync(Coordinator(), $"/api/advocacy/{point}/answer", new RecordAdvocacyAnswer("Une solution est prévue au printemps.", null));
        await Host.SendAsync(Coordinator(), $"/api/advocacy/{point}/close", new CloseAdvocacyPoint("Réponse reçue"));

        var events = await Stream(point);
        events.Select(e => e.Data.GetType().Name).ShouldBe(["AdvocacyPointDrafted", "AdvocacyPointRevised", "AdvocacyPointSent", "AdvocacyPointAnswered", "AdvocacyPointClosed"]);
        var stored = await Host.GetAsync<AdvocacyPoint>(Coordinator(), $"/api/advocacy/{point}");
        (stored.Status, stored.SentTo, stored.Answers.Single().On).ShouldBe((AdvocacyStatus.Closed, "itsme (Belgian Mobile ID)", ApiFixture.Today));
        (await Host.GetAsync<IReadOnlyList<AdvocacyPoint>>(Coordinator(), "/api/advocacy")).Single().Id.ShouldBe(point);
    }

    [Fact]
    public async Task Unknown_codes_an_unsettled_cut_off_or_a_bad_period_are_400_and_facilitators_are_403()
    {
        await ItsmeCasesAsync(referred: 3, resolved: 0);
        var before = await EventCount();

        var problem = (await Refused(400, "/api/advocacy", new DraftAdvocacyPoint("", "x", "netflix", "boredom", "2026-13", null, DateTimeOffset.UtcNow)))!;
        problem.Errors.Keys.Order().ShouldBe(["cutOff", "difficulty", "from", "service", "title"]);
        await Send(Facilitator(CaseScene.Facilitator), s => { s.Post.Json(Itsme()).ToUrl("/api/advocacy"); s.StatusCodeShouldBe(403); });
        await Send(Facilitator(CaseScene.Facilitator), s => { s.Get.Url("/api/advocacy"); s.StatusCodeShouldBe(403); });
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_small_number_of_cases_is_carried_suppressed_never_as_a_number()
    {
        await ItsmeCasesAsync(referred: 2, resolved: 0);
        var point = await Host.CreateAsync(Coordinator(), "/api/advocacy", Itsme());

        var evidence = (await Host.GetAsync<AdvocacyPoint>(Coordinator(), $"/api/advocacy/{point}")).Evidence;
        evidence.Figures.Cases.ShouldBe(Figure.Hidden);
        evidence.ShareReferred.ShouldBe(Figure.Hidden);
    }

    [Fact]
    public async Task Another_organisation_gets_404_on_every_demand_route_and_changes_nothing()
    {
        await ItsmeCasesAsync(referred: 3, resolved: 0);
        var point = await Host.CreateAsync(Coordinator(), "/api/advocacy", Itsme());
        var before = await EventCount();
        foreach (var url in new[] { $"/api/advocacy/{point}", $"/api/advocacy/{point}/check" })
            await Send(Coordinator(OrgB), s => { s.Get.Url(url); s.StatusCodeShouldBe(404); });
        foreach (var (url, body) in new (string, object)[]
                 {
                     ($"/api/advocacy/{point}/revise", new ReviseAdvocacyPoint("x", "y")), ($"/api/advocacy/{point}/evidence", new UpdateAdvocacyEvidence(null, null, null)),
                     ($"/api/advocacy/{point}/send", new SendAdvocacyPoint("x", null)), ($"/api/advocacy/{point}/answer", new RecordAdvocacyAnswer("x", null)),
                     ($"/api/advocacy/{point}/close", new CloseAdvocacyPoint(null)),
                 })
            await Send(Coordinator(OrgB), s => { s.Post.Json(body).ToUrl(url); s.StatusCodeShouldBe(404); });
        (await Host.GetAsync<IReadOnlyList<AdvocacyPoint>>(Coordinator(OrgB), "/api/advocacy")).ShouldBeEmpty();
        (await EventCount()).ShouldBe(before);
    }

    /// <summary>itsme cases of the organisation's group, referred or resolved, recorded ten minutes ago (settled, for the cut-off).</summary>
    private async Task<CaseScene> ItsmeCasesAsync(int referred, int resolved)
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        for (var i = 0; i < referred + resolved; i++)
        {
            var id = await Host.PostCaseAsync(Coordinator(), scene.Group, CaseScene.ItsmeCase(scene.Samira));
            if (i < referred) await Host.SendAsync(Coordinator(), $"/api/cases/{id}/refer", new ReferCase(scene.Partner, "carte étrangère"));
            else await Host.SendAsync(Coordinator(), $"/api/cases/{id}/resolve", new ResolveCase(["x"], Autonomy.DoneTogether, null));
        }
        await EventsRecordedEarlier(TimeSpan.FromMinutes(10));
        return scene;
    }

    private async Task<ValidationProblem?> Refused(int status, string url, object body)
    {
        var result = await Send(Coordinator(), s => { s.Post.Json(body).ToUrl(url); s.StatusCodeShouldBe(status); });
        return await result.ReadAsJsonAsync<ValidationProblem>();
    }
}
