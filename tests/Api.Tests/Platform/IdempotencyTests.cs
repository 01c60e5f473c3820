using System.Text.Json;
using Alba;
using LivingLibrary.Api.Groups;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Groups;

namespace LivingLibrary.Api.Tests.Platform;

/// <summary>Idempotency-Key on POST: a retried request runs once and gets the first answer; a reused key for another request is a 422.</summary>
public sealed class IdempotencyTests(ApiFixture fixture) : ApiTest(fixture)
{
    private Task<IScenarioResult> Create(string key, CreateGroup group, string organisation = OrgA) => Send(Coordinator(organisation), s =>
    {
        s.Post.Json(group).ToUrl("/api/groups");
        s.WithRequestHeader(Idempotency.Header, key);
        s.IgnoreStatusCode();
    });

    private Task<long> GroupsCreated() => Sql<long>("select count(*) from livinglibrary.mt_events where type = 'group_created'");

    [Fact]
    public async Task The_same_key_and_request_replay_the_first_answer_and_append_once()
    {
        var first = await Create("create-tuesday-group", GroupScenarios.NewGroup());
        var again = await Create("create-tuesday-group", GroupScenarios.NewGroup());

        first.Context.Response.StatusCode.ShouldBe(201);
        again.Context.Response.StatusCode.ShouldBe(201);
        again.Context.Response.Headers.Location.ToString().ShouldBe(first.Context.Response.Headers.Location.ToString());
        (await again.ReadAsJsonAsync<GroupCreatedResponse>())!.Id.ShouldBe((await first.ReadAsJsonAsync<GroupCreatedResponse>())!.Id);
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
    public async Task A_refusal_is_replayed_too_and_the_header_is_documented()
    {
        var refused = await Create("bad-group", GroupScenarios.NewGroup() with { Name = "" });
        var again = await Create("bad-group", GroupScenarios.NewGroup() with { Name = "" });
        refused.Context.Response.StatusCode.ShouldBe(400);
        again.Context.Response.StatusCode.ShouldBe(400);
        (await EventCount()).ShouldBe(0);

        using var document = JsonDocument.Parse(await (await Host.Scenario(s => s.Get.Url("/openapi/v1.json"))).ReadAsTextAsync());
        document.RootElement.GetProperty("paths").GetProperty("/api/groups").GetProperty("post").GetProperty("parameters").EnumerateArray()
            .ShouldContain(p => p.GetProperty("name").GetString() == Idempotency.Header);
    }
}
