using LivingLibrary.Api.Platform;
using Alba;
using LivingLibrary.Api.Groups;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Groups;

namespace LivingLibrary.Api.Tests.Groups;

public sealed class CreateGroupTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_coordinator_creates_a_group_and_the_event_records_who_and_under_which_correlation()
    {
        var result = await Send(Coordinator(), s =>
        {
            s.Post.Json(GroupScenarios.NewGroup("Groupe du mardi — الثلاثاء")).ToUrl("/api/groups");
            s.WithRequestHeader("X-Correlation-ID", "0b6e4a52-9d0f-4c1e-8f3a-2d5c7e9a1b34");
            s.StatusCodeShouldBe(201);
        });

        var id = (await result.ReadAsJsonAsync<CreatedId>())!.Id;
        result.Context.Response.Headers.Location.ToString().ShouldBe($"/api/groups/{id}");

        var stream = await Stream(id);
        var created = stream.ShouldHaveSingleItem();
        var data = created.Data.ShouldBeOfType<GroupCreated>();
        data.Name.ShouldBe("Groupe du mardi — الثلاثاء");
        data.Languages.ShouldBe(["fr", "ar"]);
        created.UserName.ShouldBe("coordinator-1");
        created.CorrelationId.ShouldBe("0b6e4a52-9d0f-4c1e-8f3a-2d5c7e9a1b34");
        created.TenantId.ShouldBe(OrgA);
    }

    [Fact]
    public async Task Without_a_correlation_id_the_answer_names_the_one_its_events_record()
    {
        var result = await Send(Coordinator(), s =>
        {
            s.Post.Json(GroupScenarios.NewGroup()).ToUrl("/api/groups");
            s.StatusCodeShouldBe(201);
        });

        var id = (await result.ReadAsJsonAsync<CreatedId>())!.Id;
        var correlationId = result.Context.Response.Headers["X-Correlation-ID"].ToString();
        correlationId.ShouldNotBeNullOrEmpty();
        (await Stream(id)).Single().CorrelationId.ShouldBe(correlationId);
    }

    /// <summary>Only an id that cannot carry words is kept: a name put there would outlive the person's erasure (docs/adr/0014).</summary>
    [Theory]
    [InlineData("x", 10_000)]
    [InlineData("a", 33)]
    [InlineData("intake 2026 <b>", 1)]
    [InlineData("intake-2026-09", 1)]
    [InlineData("Zelie.Quennehen", 1)]
    public async Task A_correlation_id_that_is_not_a_plain_id_is_replaced_by_a_new_one_everywhere(string text, int times)
    {
        var given = string.Concat(Enumerable.Repeat(text, times));
        var result = await Send(Coordinator(), s =>
        {
            s.Post.Json(GroupScenarios.NewGroup()).ToUrl("/api/groups");
            s.WithRequestHeader("X-Correlation-ID", given);
            s.StatusCodeShouldBe(201);
        });

        var id = (await result.ReadAsJsonAsync<CreatedId>())!.Id;
        var answered = result.Context.Response.Headers["X-Correlation-ID"].ToString();
        answered.ShouldNotBe(given);
        answered.Length.ShouldBeInRange(1, 64);
        (await Stream(id)).Single().CorrelationId.ShouldBe(answered);
    }

    [Fact]
    public async Task A_facilitator_may_not_create_a_group()
    {
        await Send(Facilitator("facilitator-1"), s =>
        {
            s.Post.Json(GroupScenarios.NewGroup()).ToUrl("/api/groups");
            s.StatusCodeShouldBe(403);
            s.ContentTypeShouldBe("application/problem+json");
        });

        (await EventCount()).ShouldBe(0);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_every_field_at_fault_and_nothing_is_appended()
    {
        var result = await Send(Coordinator(), s =>
        {
            s.Post.Json(new CreateGroup(" ", new string('x', 201), new DateOnly(2026, 9, 1), new DateOnly(2026, 8, 1), ["fr", "Français"]))
                .ToUrl("/api/groups");
            s.StatusCodeShouldBe(400);
            s.ContentTypeShouldBe("application/problem+json");
        });

        var problem = await result.ReadAsJsonAsync<ValidationProblem>();
        problem!.Errors.Keys.ShouldBe(["name", "place", "endsOn", "languages"], ignoreOrder: true);
        (await EventCount()).ShouldBe(0);
    }

    [Fact]
    public async Task Missing_fields_and_malformed_json_are_400_not_500()
    {
        var missing = await Send(Coordinator(), s =>
        {
            s.Post.Text("{}").ToUrl("/api/groups");
            s.WithRequestHeader("Content-Type", "application/json");
            s.StatusCodeShouldBe(400);
        });
        (await missing.ReadAsJsonAsync<ValidationProblem>())!.Errors.Keys
            .ShouldBe(["name", "place", "startsOn", "endsOn", "languages"], ignoreOrder: true);

        await Send(Coordinator(), s =>
        {
            s.Post.Text("""{"name": "Mardi", "startsOn": "not a date"}""").ToUrl("/api/groups");
            s.WithRequestHeader("Content-Type", "application/json");
            s.StatusCodeShouldBe(400);
            s.ContentTypeShouldBe("application/problem+json");
        });

        (await EventCount()).ShouldBe(0);
    }

    [Fact]
    public async Task Markup_in_a_name_is_stored_as_given_and_returned_as_json_text()
    {
        var id = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("<script>alert(1)</script>"));

        var result = await Send(Coordinator(), s => s.Get.Url($"/api/groups/{id}"));
        (await result.ReadAsJsonAsync<Group>())!.Name.ShouldBe("<script>alert(1)</script>");
        result.Context.Response.ContentType.ShouldStartWith("application/json");
    }
}

