using Alba;
using LivingLibrary.Api.Participants;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Api.Tests.Participants;

/// <summary>Withdrawing consent and giving it again, with versioned notices, as the event store and the profile keep them (docs/adr/0012).</summary>
public sealed class ConsentTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly DateOnly Given = new(2026, 9, 1);

    private async Task<Guid> Enrolled(GivenConsent? consent = null)
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        await Host.AssignAsync(Coordinator(), group, "facilitator-1");
        return await Host.EnrolAsync(Coordinator(), group, ParticipantScenarios.NewParticipant() with { Consent = consent ?? new GivenConsent("notice-2026-fr", Given, 2) });
    }

    private async Task<ParticipantProfile> Profile(Guid id, string query = "") =>
        await Host.GetAsync<ParticipantProfile>(Coordinator(), $"/api/participants/{id}{query}");

    [Fact]
    public async Task Withdrawing_appends_the_withdrawal_and_the_snapshot_says_the_person_no_longer_consents()
    {
        var id = await Enrolled();

        var answer = await Host.SendAsync(Facilitator("facilitator-1"), $"/api/participants/{id}/consent/withdraw", new WithdrawConsent(null));

        answer.Version.ShouldBe(2);
        (await Stream(id)).Last().Data.ShouldBe(new ConsentWithdrawn(id, ApiFixture.Today));
        var participant = (await Profile(id)).Participant;
        participant.Consents.ShouldBeFalse();
        participant.ConsentWithdrawnOn.ShouldBe(ApiFixture.Today);
        participant.Consent.ShouldBe(new Consent("notice-2026-fr", Given, 2));
        participant.Person.DisplayName.ShouldBe("Samira", "withdrawing erases nothing");
    }

    [Fact]
    public async Task Withdrawing_twice_appends_nothing_and_a_day_in_the_future_is_400()
    {
        var id = await Enrolled();
        await Host.SendAsync(Coordinator(), $"/api/participants/{id}/consent/withdraw", new WithdrawConsent(ApiFixture.Today.AddDays(-2)));
        var before = await EventCount();

        await Host.SendAsync(Coordinator(), $"/api/participants/{id}/consent/withdraw", new WithdrawConsent(null));
        var future = await Send(Coordinator(), s =>
        {
            s.Post.Json(new WithdrawConsent(ApiFixture.Today.AddDays(1))).ToUrl($"/api/participants/{id}/consent/withdraw");
            s.StatusCodeShouldBe(400);
        });

        (await EventCount()).ShouldBe(before);
        (await future.ReadAsJsonAsync<ValidationProblem>())!.Errors.Keys.ShouldBe(["on"]);
        (await Profile(id)).Participant.ConsentWithdrawnOn.ShouldBe(ApiFixture.Today.AddDays(-2));
    }

    [Fact]
    public async Task Consenting_again_to_a_new_version_restores_consent_and_the_profile_tells_the_whole_story()
    {
        var id = await Enrolled();
        await Host.SendAsync(Coordinator(), $"/api/participants/{id}/consent/withdraw", new WithdrawConsent(new DateOnly(2026, 11, 2)));

        await Host.SendAsync(Facilitator("facilitator-1"), $"/api/participants/{id}/consent", new RecordConsent("notice-2026-fr", ApiFixture.Today, 3));

        (await Stream(id)).Last().Data.ShouldBe(new ConsentRecorded(id, new Consent("notice-2026-fr", ApiFixture.Today, 3)));
        var profile = await Profile(id);
        profile.Participant.Consents.ShouldBeTrue();
        profile.Participant.Consent.ShouldBe(new Consent("notice-2026-fr", ApiFixture.Today, 3));
        profile.ConsentTimeline.Select(c => (c.Step, c.Notice, c.Version, c.On)).ShouldBe(
        [
            (ConsentStep.Given, "notice-2026-fr", 2, Given),
            (ConsentStep.Withdrawn, "notice-2026-fr", 2, new DateOnly(2026, 11, 2)),
            (ConsentStep.Given, "notice-2026-fr", 3, ApiFixture.Today),
        ]);
        profile.ConsentTimeline.ShouldAllBe(c => c.RecordedBy != null);
    }

    [Fact]
    public async Task A_consent_dated_before_the_withdrawal_is_400_and_appends_nothing()
    {
        var id = await Enrolled();
        await Host.SendAsync(Coordinator(), $"/api/participants/{id}/consent/withdraw", new WithdrawConsent(null));
        var before = await EventCount();

        var refused = await Send(Coordinator(), s =>
        {
            s.Post.Json(new RecordConsent("notice-2026-fr", ApiFixture.Today.AddDays(-1), 3)).ToUrl($"/api/participants/{id}/consent");
            s.StatusCodeShouldBe(400);
        });

        (await refused.ReadAsJsonAsync<ValidationProblem>())!.Errors.Keys.ShouldBe(["givenOn"]);
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_consent_stored_before_notices_had_versions_reads_as_version_1_in_the_snapshot_and_from_the_events()
    {
        var id = await Enrolled(new GivenConsent("notice-2025-fr", Given));
        var schema = Store.Options.Events.DatabaseSchemaName;
        // As an event and a snapshot stored before this change: no version at all.
        (await Sql<long>($"with old as (update {schema}.mt_events set data = data #- '{{consent,version}}' where stream_id = @id returning 1) select count(*) from old",
            ("id", id))).ShouldBe(1);
        (await Sql<long>($"with old as (update {schema}.mt_doc_participant set data = data #- '{{consent,version}}' where id = @id returning 1) select count(*) from old",
            ("id", id))).ShouldBe(1);
        (await Sql<long>($"select count(*) from {schema}.mt_events where stream_id = @id and data -> 'consent' ? 'version'", ("id", id))).ShouldBe(0);

        var now = await Profile(id);
        var folded = await Profile(id, $"?asOf={DateTime.UtcNow:yyyy-MM-dd}"); // what the store recorded by today, folded again

        now.Participant.Consent.ShouldBe(new Consent("notice-2025-fr", Given, 1));
        folded.Participant.Consent.ShouldBe(new Consent("notice-2025-fr", Given, 1));
        now.ConsentTimeline.ShouldHaveSingleItem().Version.ShouldBe(1);
    }
}
