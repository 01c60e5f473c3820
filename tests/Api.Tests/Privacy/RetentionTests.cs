using Alba;
using LivingLibrary.Api.Privacy;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Domain.Privacy;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace LivingLibrary.Api.Tests.Privacy;

/// <summary>Retention: months after leaving (a visitor: after their last request), a dry run, then erasure by the route, the daily job or the command line.</summary>
[Collection(CasesCollection.Name)]
public sealed class RetentionTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_setting_is_the_coordinators_an_event_and_bounded()
    {
        await Send(Facilitator("facilitator-1"), s => { s.Put.Json(new SetRetention(24)).ToUrl("/api/retention"); s.StatusCodeShouldBe(403); });
        foreach (var months in new[] { 0, 241 })
            await Send(Coordinator(), s => { s.Put.Json(new SetRetention(months)).ToUrl("/api/retention"); s.StatusCodeShouldBe(400); });
        (await EventCount()).ShouldBe(0);

        await Send(Coordinator(), s => { s.Put.Json(new SetRetention(24)).ToUrl("/api/retention"); s.StatusCodeShouldBe(200); });

        (await Stream(RetentionPolicy.StreamId(OrgA))).Single().Data.ShouldBe(new RetentionSet(OrgA, 24));
        (await Host.GetAsync<RetentionPolicy>(Facilitator("facilitator-1"), "/api/retention")).MonthsAfterLeaving.ShouldBe(24);
        (await Host.GetAsync<RetentionPolicy>(Coordinator(OrgB), "/api/retention")).MonthsAfterLeaving.ShouldBeNull();
    }

    [Fact]
    public async Task A_dry_run_lists_who_is_past_the_retention_and_applying_it_erases_them_and_no_one_else()
    {
        var (leftLongAgo, leftLately, visitor) = await SceneAsync();

        var before = await EventCount();
        var due = await Host.GetAsync<IReadOnlyList<DueForErasure>>(Coordinator(), "/api/retention/due");
        (await EventCount()).ShouldBe(before, "a dry run changes nothing");

        due.Select(d => (d.Kind, d.Id)).ShouldBe([(PersonKind.Visitor, visitor), (PersonKind.Participant, leftLongAgo)]);
        var erased = await Send(Coordinator(), s => { s.Post.Json(new { }).ToUrl("/api/retention/apply"); s.StatusCodeShouldBe(200); });
        (await erased.ReadAsJsonAsync<IReadOnlyList<DueForErasure>>())!.Count.ShouldBe(2);

        (await Stream(leftLongAgo)).Last().Data.ShouldBe(new PersonErased(leftLongAgo, ErasureReason.Retention, ApiFixture.Today));
        (await Stream(visitor)).Single().Data.ShouldBe(new VisitorErased(visitor, ErasureReason.Retention, ApiFixture.Today));
        (await Stream(leftLately)).Last().Data.ShouldBeOfType<ParticipantLeft>();
        (await Host.GetAsync<IReadOnlyList<DueForErasure>>(Coordinator(), "/api/retention/due")).ShouldBeEmpty();
        await Send(Facilitator(CaseScene.Facilitator), s => { s.Get.Url("/api/retention/due"); s.StatusCodeShouldBe(403); });
    }

    [Fact]
    public async Task The_daily_job_applies_every_organisations_retention()
    {
        var (leftLongAgo, _, _) = await SceneAsync();

        await using (var scope = Host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync(new ApplyRetention());

        (await Stream(leftLongAgo)).Last().Data.ShouldBeOfType<PersonErased>().Reason.ShouldBe(ErasureReason.Retention);
    }

    [Fact]
    public async Task The_command_line_lists_who_is_due_and_erases_one_person()
    {
        var (leftLongAgo, leftLately, _) = await SceneAsync();

        var listed = await RunAsync("retention", "--organisation", OrgA);
        listed.ShouldContain($"participant {leftLongAgo}");
        listed.ShouldContain("2 due (nothing erased");
        (await RunAsync("erase", "--organisation", OrgA, "--participant", leftLately.ToString())).ShouldContain("Erased the participant");

        (await Stream(leftLately)).Last().Data.ShouldBeOfType<PersonErased>().Reason.ShouldBe(ErasureReason.Request);
        (await Stream(leftLongAgo)).Last().Data.ShouldNotBeOfType<PersonErased>();
    }

    [Fact]
    public async Task The_command_line_says_in_one_line_that_an_unknown_person_is_not_there_and_prints_no_search_noise()
    {
        var unknown = Guid.CreateVersion7();

        var said = await CommandLine.RunAsync(TestDatabase.ConnectionString, "Development", 1, "erase", "--organisation", OrgA, "--participant", unknown.ToString());

        said.Trim().ShouldBe($"No participant {unknown} in {OrgA}: nothing erased.");
    }

    /// <summary>Retention of 24 months; one participant left 25 months ago, one last month; a visitor came last in January 2024.</summary>
    private async Task<(Guid LeftLongAgo, Guid LeftLately, Guid Visitor)> SceneAsync()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        await Send(Coordinator(), s => s.Put.Json(new SetRetention(24)).ToUrl("/api/retention"));
        foreach (var person in new[] { scene.Samira, scene.Jean })
            await Host.SendAsync(Coordinator(), $"/api/participants/{person}/leave", new RecordDeparture(null));
        await Sql<long>($"with moved as (update {Store.Options.Events.DatabaseSchemaName}.mt_events set timestamp = @at where stream_id = @id and type = 'participant_left' returning 1) select count(*) from moved",
            ("at", new DateTimeOffset(2024, 10, 1, 9, 0, 0, TimeSpan.Zero)), ("id", scene.Samira));
        await Host.CreateAsync(Facilitator(CaseScene.DeskWorker), $"/api/desks/{scene.Desk}/requests", CaseScene.VisitorRequest(new DateOnly(2024, 1, 10)));
        var visitor = (await Host.GetAsync<LivingLibrary.Api.DropIns.SessionSheet>(Coordinator(), $"/api/desks/{scene.Desk}/sessions/2024-01-10"))
            .Requests.Single().Visitor!.VisitorId;
        return (scene.Samira, scene.Jean, visitor);
    }

    private Task<string> RunAsync(params string[] args) => CommandLine.RunAsync(Database, args);
}
