using System.Text.Json;
using Alba;
using LivingLibrary.Api.Groups;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Privacy;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Pairings;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Domain.Privacy;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace LivingLibrary.Api.Tests.Platform;

/// <summary>
/// Idempotency-Key on POST: a retried request runs once and gets the first answer; a reused key for another request is a 422.
/// An answer is kept only when the command completed (a failure keeps nothing, so the retry runs), per caller, hashed,
/// and not after its lifetime or the erasure of a person it names.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class IdempotencyTests(ApiFixture fixture) : ApiTest(fixture)
{
    private Task<IScenarioResult> Create(string key, CreateGroup group, string organisation = OrgA) => Send(Coordinator(organisation), s =>
    {
        s.Post.Json(group).ToUrl("/api/groups");
        s.WithRequestHeader(Idempotency.Header, key);
        s.IgnoreStatusCode();
    });

    private Task<long> GroupsCreated() => Sql<long>("select count(*) from livinglibrary.mt_events where type = 'group_created'");

    /// <summary>Where the answers are kept, every organisation's.</summary>
    private const string Answers = "livinglibrary.mt_doc_idempotentanswer";

    private Task<IScenarioResult> Post(string token, string url, object body, string key) => Send(token, s =>
    {
        s.Post.Json(body).ToUrl(url);
        s.WithRequestHeader(Idempotency.Header, key);
        s.IgnoreStatusCode();
    });

    private static bool Replayed(IScenarioResult answer) => answer.Context.Response.Headers["Idempotent-Replayed"].ToString() == "true";

    [Fact]
    public async Task The_same_key_and_request_replay_the_first_answer_and_append_once()
    {
        var first = await Create("create-tuesday-group", GroupScenarios.NewGroup());
        var again = await Create("create-tuesday-group", GroupScenarios.NewGroup());

        first.Context.Response.StatusCode.ShouldBe(201);
        again.Context.Response.StatusCode.ShouldBe(201);
        again.Context.Response.Headers.Location.ToString().ShouldBe(first.Context.Response.Headers.Location.ToString());
        (await again.ReadAsJsonAsync<CreatedId>())!.Id.ShouldBe((await first.ReadAsJsonAsync<CreatedId>())!.Id);
        again.Context.Response.Headers["Idempotent-Replayed"].ToString().ShouldBe("true");
        (await GroupsCreated()).ShouldBe(1);
    }

    [Fact]
    public async Task The_same_key_with_another_request_is_a_422_and_appends_nothing()
    {
        await Create("key-1", GroupScenarios.NewGroup());
        var before = await EventCount();

        var reused = await Create("key-1", GroupScenarios.NewGroup() with { Name = "Another group" });

        reused.Context.Response.StatusCode.ShouldBe(422);
        reused.Context.Response.ContentType.ShouldStartWith("application/problem+json");
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Two_requests_sent_at_once_with_one_key_run_once()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Create("at-once", GroupScenarios.NewGroup())));

        answers.Select(a => a.Context.Response.StatusCode).ShouldAllBe(status => status == 201);
        answers.Select(a => a.Context.Response.Headers.Location.ToString()).Distinct().ShouldHaveSingleItem();
        (await GroupsCreated()).ShouldBe(1);
    }

    [Fact]
    public async Task Keys_belong_to_one_organisation()
    {
        (await Create("shared-key", GroupScenarios.NewGroup(), OrgA)).Context.Response.StatusCode.ShouldBe(201);
        (await Create("shared-key", GroupScenarios.NewGroup(), OrgB)).Context.Response.StatusCode.ShouldBe(201);
        (await GroupsCreated()).ShouldBe(2);
    }

    [Fact]
    public async Task A_refusal_keeps_nothing_so_its_retry_is_decided_again_and_the_header_is_documented()
    {
        var refused = await Create("bad-group", GroupScenarios.NewGroup() with { Name = "" });
        var again = await Create("bad-group", GroupScenarios.NewGroup() with { Name = "" });
        refused.Context.Response.StatusCode.ShouldBe(400);
        again.Context.Response.StatusCode.ShouldBe(400);
        Replayed(again).ShouldBeFalse();
        (await EventCount()).ShouldBe(0);
        (await Sql<long>($"select count(*) from {Answers}")).ShouldBe(0);

        using var document = JsonDocument.Parse(await (await Host.Scenario(s => s.Get.Url("/openapi/v1.json"))).ReadAsTextAsync());
        document.RootElement.GetProperty("paths").GetProperty("/api/groups").GetProperty("post").GetProperty("parameters").EnumerateArray()
            .ShouldContain(p => p.GetProperty("name").GetString() == Idempotency.Header);
    }

    [Fact]
    public async Task A_command_that_wrote_nothing_keeps_no_answer()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        var unchanged = await Post(Coordinator(), $"/api/groups/{group}/rename", new RenameGroup("Mardi matin"), "same-name");

        unchanged.Context.Response.StatusCode.ShouldBe(200);
        (await Stream(group)).Count.ShouldBe(1);
        (await Sql<long>($"select count(*) from {Answers}")).ShouldBe(0);
    }

    [Fact]
    public async Task Commands_run_again_after_a_lost_race_keep_their_answers_under_their_keys()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        var names = Enumerable.Range(1, 12).Select(i => $"Groupe {i}").ToList();

        var first = await Task.WhenAll(names.Select(name => Post(Coordinator(), $"/api/groups/{group}/rename", new RenameGroup(name), name)));
        var again = await Task.WhenAll(names.Select(name => Post(Coordinator(), $"/api/groups/{group}/rename", new RenameGroup(name), name)));

        first.ShouldAllBe(a => a.Context.Response.StatusCode == 200);
        again.ShouldAllBe(a => a.Context.Response.StatusCode == 200 && Replayed(a));
        for (var i = 0; i < names.Count; i++) (await again[i].ReadAsTextAsync()).ShouldBe(await first[i].ReadAsTextAsync());
        (await Stream(group)).Select(e => e.Data).OfType<GroupRenamed>().Count().ShouldBe(names.Count);
    }

    [Fact]
    public async Task Of_eight_services_added_at_once_with_one_code_only_the_one_added_is_replayed_and_the_others_run_again()
    {
        var service = new AddOrganisationService("liege-housing-agency", "Logement de Liège", null, null);
        var keys = Enumerable.Range(1, 8).Select(i => $"add-service-{i}").ToList();

        var first = await Task.WhenAll(keys.Select(key => Post(Coordinator(), "/api/services", service, key)));
        var again = new List<IScenarioResult>();
        foreach (var key in keys) again.Add(await Post(Coordinator(), "/api/services", service, key));

        first.Count(a => a.Context.Response.StatusCode == 201).ShouldBe(1);
        var added = Array.FindIndex(first, a => a.Context.Response.StatusCode == 201);
        again[added].Context.Response.StatusCode.ShouldBe(201);
        Replayed(again[added]).ShouldBeTrue();
        again[added].Context.Response.Headers.Location.ToString().ShouldBe(first[added].Context.Response.Headers.Location.ToString());
        foreach (var answer in again.Where((_, i) => i != added))
        {
            Replayed(answer).ShouldBeFalse("a refusal or a failure is not kept: the retry runs");
            answer.Context.Response.StatusCode.ShouldBeOneOf(400, 409);
            answer.Context.Response.ContentType.ShouldStartWith("application/problem+json");
        }
        (await Sql<long>("select count(*) from livinglibrary.mt_events where type = 'organisation_service_added'")).ShouldBe(1);
    }

    [Fact]
    public async Task A_request_that_failed_keeps_nothing_under_its_key_and_its_retry_runs()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        // A failure that stays a failure while it is there: the database refuses this one rename.
        await Sql<int>("""
            create or replace function livinglibrary.refuse_this_rename() returns trigger language plpgsql as
            $$ begin if new.data ->> 'name' = 'Refused by the database' then raise exception 'refused for the test'; end if; return new; end $$;
            create trigger refuse_this_rename before insert on livinglibrary.mt_events for each row execute function livinglibrary.refuse_this_rename();
            select 1;
            """);
        IScenarioResult failed, again;
        try
        {
            failed = await Post(Coordinator(), $"/api/groups/{group}/rename", new RenameGroup("Refused by the database"), "rename-once");
            again = await Post(Coordinator(), $"/api/groups/{group}/rename", new RenameGroup("Refused by the database"), "rename-once");
        }
        finally
        {
            await Sql<int>("drop trigger refuse_this_rename on livinglibrary.mt_events; drop function livinglibrary.refuse_this_rename(); select 1;");
        }
        var retried = await Post(Coordinator(), $"/api/groups/{group}/rename", new RenameGroup("Refused by the database"), "rename-once");

        failed.Context.Response.StatusCode.ShouldBe(500);
        again.Context.Response.StatusCode.ShouldBe(500);
        Replayed(again).ShouldBeFalse();
        retried.Context.Response.StatusCode.ShouldBe(200);
        Replayed(retried).ShouldBeFalse("the failures kept nothing, so the retry ran");
        (await Stream(group)).Last().Data.ShouldBe(new GroupRenamed(group, "Refused by the database"));
        var replayed = await Post(Coordinator(), $"/api/groups/{group}/rename", new RenameGroup("Refused by the database"), "rename-once");
        Replayed(replayed).ShouldBeTrue();
        (await replayed.ReadAsTextAsync()).ShouldBe(await retried.ReadAsTextAsync());
    }

    [Fact]
    public async Task A_key_is_the_callers_so_a_facilitator_of_another_group_sending_a_coordinators_key_gets_what_they_would_get_without_it()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Facilitator(PairingScene.Facilitator));
        var other = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Jeudi"));
        await Host.AssignAsync(Coordinator(), other, "facilitator-2");
        var suggestions = new SuggestPairings([scene.Group], null, null, null);
        var enrolment = ParticipantScenarios.NewParticipant("Nadia", "fr");

        var coordinators = await Post(Coordinator(), "/api/pairings/suggestions", suggestions, "KS");
        var enrolled = await Post(Coordinator(), $"/api/groups/{scene.Group}/participants", enrolment, "KP");
        var events = await EventCount();
        var stranger = await Post(Facilitator("facilitator-2"), "/api/pairings/suggestions", suggestions, "KS");
        var strangerEnrols = await Post(Facilitator("facilitator-2"), $"/api/groups/{scene.Group}/participants", enrolment, "KP");

        coordinators.Context.Response.StatusCode.ShouldBe(200);
        (await coordinators.ReadAsTextAsync()).ShouldContain("Jean");
        enrolled.Context.Response.StatusCode.ShouldBe(201);
        stranger.Context.Response.StatusCode.ShouldBe(404);
        Replayed(stranger).ShouldBeFalse();
        (await stranger.ReadAsTextAsync()).ShouldNotContain("Jean");
        strangerEnrols.Context.Response.StatusCode.ShouldBe(404);
        Replayed(strangerEnrols).ShouldBeFalse();
        (await EventCount()).ShouldBe(events);
    }

    [Fact]
    public async Task Keys_are_stored_hashed_and_answers_are_forgotten_after_their_lifetime_by_the_daily_job()
    {
        const string key = "enrolment of Zélie Quennehen";
        var group = await Host.CreateGroupAsync(Coordinator());
        (await Post(Coordinator(), $"/api/groups/{group}/participants", ParticipantScenarios.NewParticipant("Nadia", "fr"), key))
            .Context.Response.StatusCode.ShouldBe(201);
        (await Sql<long>($"select count(*) from {Answers}")).ShouldBe(1);
        (await Sql<long>($"select count(*) from {Answers} where id ilike '%Quennehen%' or data::text ilike '%Quennehen%'")).ShouldBe(0);

        await using (var scope = Host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync(new ApplyRetention());
        (await Sql<long>($"select count(*) from {Answers}")).ShouldBe(1, "an answer within its lifetime is kept");

        var received = ApiFixture.Clock.GetUtcNow() - Idempotency.Lifetime - TimeSpan.FromMinutes(1);
        await Sql<int>($"update {Answers} set data = jsonb_set(data, '{{receivedAt}}', to_jsonb(@at::text)); select 1;", ("at", received.ToString("O")));
        await using (var scope = Host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync(new ApplyRetention());

        (await Sql<long>($"select count(*) from {Answers}")).ShouldBe(0);
    }

    [Fact]
    public async Task Answers_that_name_a_person_are_deleted_when_the_person_is_erased_and_are_not_replayed_after()
    {
        const string name = "Zélie Quennehen";
        var scene = await PairingScene.SetUp(Host, Coordinator(), Facilitator(PairingScene.Facilitator));
        var zelie = await Host.EnrolAsync(Coordinator(), scene.Group, ParticipantScenarios.NewParticipant(name, "fr"));
        await Host.AssessAsync(Coordinator(), zelie, new DateOnly(2026, 9, 8), ("pay-bill-online", 1));
        await Host.DeclareNeedAsync(Coordinator(), zelie, "pay-bill-online", NeedPriority.High);
        var suggestions = new SuggestPairings([scene.Group], null, null, null);
        var kept = await Post(Coordinator(), "/api/pairings/suggestions", suggestions, "suggest-tuesday");
        (await kept.ReadAsTextAsync()).ShouldContain(zelie.ToString());
        var replayed = await Post(Coordinator(), "/api/pairings/suggestions", suggestions, "suggest-tuesday");
        Replayed(replayed).ShouldBeTrue();
        (await replayed.ReadAsTextAsync()).ShouldBe(await kept.ReadAsTextAsync(), "the same bytes as the first answer");
        (await Sql<long>($"select count(*) from {Answers} where data::text ilike '%Zélie Quennehen%'")).ShouldBe(1, "kept readable, so that a search finds the name");

        await Host.SendAsync(Coordinator(), $"/api/participants/{zelie}/erase", new ErasePerson(ErasureReason.Request));

        (await Sql<long>($"select count(*) from {Answers} where data::text ilike '%' || @id || '%' or data::text ilike '%Quennehen%' or data::text ilike '%Zélie%'",
            ("id", zelie.ToString()))).ShouldBe(0);
        Replayed(await Post(Coordinator(), "/api/pairings/suggestions", suggestions, "suggest-tuesday")).ShouldBeFalse();
    }
}
