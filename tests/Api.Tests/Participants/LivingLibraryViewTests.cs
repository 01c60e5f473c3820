using Alba;
using LivingLibrary.Api.Participants;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Projections.Library;

namespace LivingLibrary.Api.Tests.Participants;

public sealed class LivingLibraryViewTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_group_catalogue_shows_who_can_help_and_who_wants_to_learn_each_skill()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        var samira = await Host.EnrolAsync(Coordinator(), group, ParticipantScenarios.NewParticipant("Samira", "ar", "fr"));
        var jean = await Host.EnrolAsync(Coordinator(), group, ParticipantScenarios.NewParticipant("Jean", "fr"));
        await Host.AssessAsync(Coordinator(), samira, new DateOnly(2026, 9, 1), ("pay-bill-online", 5));
        await Host.OfferAsync(Coordinator(), samira, "pay-bill-online", 5);
        var need = await Host.DeclareNeedAsync(Coordinator(), jean, "pay-bill-online", NeedPriority.High, new DateOnly(2026, 12, 1));

        await ViewsCaughtUp();
        var result = await Send(Coordinator(), s => s.Get.Url($"/api/groups/{group}/catalogue"));

        var entry = (await result.ReadAsJsonAsync<CatalogueView>())!.Skills.ShouldHaveSingleItem();
        entry.Skill.ShouldBe("pay-bill-online");
        entry.Kind.ShouldBe(SkillKind.Task);
        entry.Name.Fr.ShouldBe("Payer une facture en ligne");
        var helper = entry.Helpers.ShouldHaveSingleItem();
        (helper.ParticipantId, helper.DisplayName, helper.Level, helper.AssessedLevel, helper.Confirmed).ShouldBe((samira, "Samira", 5, (int?)5, false));
        helper.Languages.ShouldBe(["ar", "fr"]);
        var learner = entry.Learners.ShouldHaveSingleItem();
        (learner.ParticipantId, learner.NeedId, learner.Priority, learner.Deadline).ShouldBe((jean, need, NeedPriority.High, (DateOnly?)new DateOnly(2026, 12, 1)));
    }

    [Fact]
    public async Task The_skill_map_gives_each_participants_band_and_the_count_per_band()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        var a = await Host.EnrolAsync(Coordinator(), group, ParticipantScenarios.NewParticipant("Ahmed"));
        var b = await Host.EnrolAsync(Coordinator(), group, ParticipantScenarios.NewParticipant("Berthe"));
        await Host.AssessAsync(Coordinator(), a, new DateOnly(2026, 9, 1), ("1.1", 2), ("4.2", 6));
        await Host.AssessAsync(Coordinator(), b, new DateOnly(2026, 9, 1), ("1.1", 4));
        await Host.AssessAsync(Coordinator(), a, new DateOnly(2026, 10, 1), ("1.1", 3));

        await ViewsCaughtUp();
        var result = await Send(Coordinator(), s => s.Get.Url($"/api/groups/{group}/skill-map"));

        var map = (await result.ReadAsJsonAsync<SkillMapView>())!;
        map.Competences.Count.ShouldBe(21);
        map.Participants.Select(p => p.DisplayName).ShouldBe(["Ahmed", "Berthe"]);
        map.Participants[0].Levels["1.1"].ShouldBe(new SkillMapCell(3, Band.Intermediate, new DateOnly(2026, 10, 1)));
        map.Distribution["1.1"].ShouldBe(new BandCounts(0, 0, 2, 0, 0));
        map.Distribution["4.2"].ShouldBe(new BandCounts(1, 0, 0, 1, 0));
    }

    [Fact]
    public async Task A_profile_gives_levels_offers_needs_and_the_assessment_timeline()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        var id = await Host.EnrolAsync(Coordinator(), group);
        await Host.AssessAsync(Coordinator(), id, new DateOnly(2026, 10, 1), ("1.1", 4));
        await Host.AssessAsync(Coordinator(), id, new DateOnly(2026, 9, 1), ("1.1", 2));
        await Host.DeclareNeedAsync(Coordinator(), id, "join-video-call");

        var result = await Send(Coordinator(), s => { s.Get.Url($"/api/participants/{id}"); s.Header("ETag").SingleValueShouldEqual("\"4\""); });

        var profile = (await result.ReadAsJsonAsync<ParticipantProfile>())!;
        profile.Participant.Levels["1.1"].Level.ShouldBe(4);
        profile.Participant.Needs.Single().Skill.ShouldBe("join-video-call");
        profile.Timeline.Select(t => (t.AssessedOn, t.Level)).ShouldBe([(new DateOnly(2026, 9, 1), 2), (new DateOnly(2026, 10, 1), 4)]);
        profile.Timeline.ShouldAllBe(t => t.RecordedBy == "coordinator-1");
    }

    [Fact]
    public async Task Time_travel_shows_the_group_as_the_events_had_it_at_the_end_of_a_past_day()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        var samira = await Host.EnrolAsync(Coordinator(), group, ParticipantScenarios.NewParticipant("Samira"));
        await Host.AssessAsync(Coordinator(), samira, new DateOnly(2026, 9, 1), ("1.1", 2));
        await Backdate(samira, days: 30);
        var startOfProject = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-20));

        await Host.AssessAsync(Coordinator(), samira, new DateOnly(2026, 11, 1), ("1.1", 5));
        await Host.OfferAsync(Coordinator(), samira, "1.1", 5);
        var jean = await Host.EnrolAsync(Coordinator(), group, ParticipantScenarios.NewParticipant("Jean"));

        await ViewsCaughtUp();
        var then = (await (await Send(Coordinator(), s => s.Get.Url($"/api/groups/{group}/skill-map?asOf={startOfProject:yyyy-MM-dd}"))).ReadAsJsonAsync<SkillMapView>())!;
        var now = (await (await Send(Coordinator(), s => s.Get.Url($"/api/groups/{group}/skill-map"))).ReadAsJsonAsync<SkillMapView>())!;
        var catalogueThen = (await (await Send(Coordinator(), s => s.Get.Url($"/api/groups/{group}/catalogue?asOf={startOfProject:yyyy-MM-dd}"))).ReadAsJsonAsync<CatalogueView>())!;
        var profileThen = (await (await Send(Coordinator(), s => s.Get.Url($"/api/participants/{samira}?asOf={startOfProject:yyyy-MM-dd}"))).ReadAsJsonAsync<ParticipantProfile>())!;

        then.Participants.Select(p => (p.DisplayName, p.Levels["1.1"].Level)).ShouldBe([("Samira", 2)]);
        now.Participants.Select(p => p.DisplayName).ShouldBe(["Jean", "Samira"]);
        now.Participants[1].Levels["1.1"].Level.ShouldBe(5);
        catalogueThen.Skills.ShouldBeEmpty();
        profileThen.Timeline.Select(t => t.Level).ShouldBe([2]);
        profileThen.Participant.Offers.ShouldBeEmpty();
        await Send(Coordinator(), s => { s.Get.Url($"/api/participants/{jean}?asOf={startOfProject:yyyy-MM-dd}"); s.StatusCodeShouldBe(404); });
    }

    [Fact]
    public async Task The_organisation_catalogue_spans_groups_and_can_be_narrowed_to_one_skill()
    {
        var tuesday = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Mardi"));
        var thursday = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Jeudi"));
        var a = await Host.EnrolAsync(Coordinator(), tuesday, ParticipantScenarios.NewParticipant("Anna"));
        var b = await Host.EnrolAsync(Coordinator(), thursday, ParticipantScenarios.NewParticipant("Bram", "nl"));
        await Host.OfferAsync(Coordinator(), a, "4.2", 6);
        await Host.OfferAsync(Coordinator(), b, "4.2", 5);
        await Host.OfferAsync(Coordinator(), b, "1.1", 5);
        await Host.EnrolAsync(Coordinator(OrgB), await Host.CreateGroupAsync(Coordinator(OrgB)), ParticipantScenarios.NewParticipant("Elsewhere"));

        await ViewsCaughtUp();
        var all = (await (await Send(Coordinator(), s => s.Get.Url("/api/catalogue"))).ReadAsJsonAsync<CatalogueView>())!;
        var one = (await (await Send(Coordinator(), s => s.Get.Url("/api/catalogue?skill=4.2"))).ReadAsJsonAsync<CatalogueView>())!;
        var map = (await (await Send(Coordinator(), s => s.Get.Url("/api/skill-map"))).ReadAsJsonAsync<SkillMapView>())!;

        all.Skills.Select(s => s.Skill).ShouldBe(["1.1", "4.2"]);
        one.Skills.Single().Helpers.Select(h => (h.DisplayName, h.GroupId)).ShouldBe([("Anna", tuesday), ("Bram", thursday)]);
        map.Participants.Select(p => p.DisplayName).ShouldBe(["Anna", "Bram"]);
    }

    /// <summary>Moves a stream's events into the past, as if they had been recorded that many days ago.</summary>
    private async Task Backdate(Guid streamId, int days) =>
        (await Sql<long>($"with moved as (update {Store.Options.Events.DatabaseSchemaName}.mt_events set timestamp = timestamp - make_interval(days => @days) " +
            "where stream_id = @id returning 1) select count(*) from moved", ("days", days), ("id", streamId))).ShouldBeGreaterThan(0);
}
