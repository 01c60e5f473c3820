using System.Text.Json.Nodes;
using Alba;
using LivingLibrary.Api.Tests.Pairings;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Api.Tests.Platform;

/// <summary>
/// Choices (enums) in a body are their names, strings only (docs/adr/0019): a number, a numeric string or a list of names
/// is refused with a 400 naming the field and the valid names, before the state is looked at, and nothing is appended.
/// A value that none of the names stored before this rule never breaks a read.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ChoicesTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Theory]
    [InlineData("7")]
    [InlineData("2")]
    [InlineData("\"3\"")]
    [InlineData("\"low, high\"")]
    [InlineData("{}")]
    public async Task A_priority_that_is_not_a_name_is_refused_naming_the_field_and_the_names(string priority)
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Facilitator(PairingScene.Facilitator));

        var problem = await RefusedAsync($"/api/participants/{scene.Samira}/needs", $$"""{"skill":"log-in-with-itsme","priority":{{priority}}}""");

        problem.Errors.Keys.ShouldBe(["priority"]);
        problem.Errors["priority"].ShouldHaveSingleItem().ShouldContain("low, normal or high");
    }

    [Theory]
    [InlineData("accept", """{"party":2}""", "party", "learner or helper")]
    [InlineData("accept", """{"party":"1"}""", "party", "learner or helper")]
    [InlineData("decline", """{"party":3}""", "party", "learner or helper")]
    [InlineData("sessions", """{"heldOn":"2026-11-20","durationMinutes":30,"workedOn":"x","learnerFelt":99}""", "learnerFelt", "lost, unsure, fine or confident")]
    [InlineData("end", """{"outcome":7}""", "outcome", "wentWell, mixed or wentBadly")]
    public async Task On_an_ended_pairing_a_choice_that_is_not_a_name_is_a_400_not_a_409(string step, string body, string field, string names)
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Facilitator(PairingScene.Facilitator));
        var pairing = await Host.StartAsync(Coordinator(), scene.JeanNeed, scene.Samira);
        await Send(Coordinator(), s => s.Post.Json(new EndPairing(PairingOutcome.WentWell, null, null, null)).ToUrl($"/api/pairings/{pairing}/end"));

        var problem = await RefusedAsync($"/api/pairings/{pairing}/{step}", body);

        problem.Errors[field].ShouldHaveSingleItem().ShouldContain(names);
    }

    [Fact]
    public async Task An_assessment_source_that_is_not_a_name_is_refused()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Facilitator(PairingScene.Facilitator));

        var problem = await RefusedAsync($"/api/participants/{scene.Samira}/assessments",
            """{"source":9,"assessedOn":"2026-11-20","intake":false,"levels":[{"skill":"1.1","level":3}]}""");

        problem.Errors["source"].ShouldHaveSingleItem().ShouldContain("selfAssessed, observedByFacilitator or externalTool");
    }

    [Fact]
    public async Task A_priority_stored_before_the_rule_reads_as_normal_and_the_group_can_still_be_paired()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Facilitator(PairingScene.Facilitator));
        await AppendAsync(scene.Huseyin, new LearningNeedDeclared(scene.Huseyin, Guid.NewGuid(), "pay-bill-online", (NeedPriority)7, null));

        var suggestion = await Send(Coordinator(), s => s.Post.Json(new SuggestPairings([scene.Group], null, null, null)).ToUrl("/api/pairings/suggestions"));

        suggestion.Context.Response.StatusCode.ShouldBe(200);
        var profile = await JsonAsync($"/api/participants/{scene.Huseyin}");
        profile["participant"]!["needs"]!.AsArray().Select(n => n!["priority"]!.GetValue<string>()).ShouldBe(["high", "normal"]);
    }

    [Fact]
    public async Task Answers_and_outcomes_stored_before_the_rule_count_as_not_given()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Facilitator(PairingScene.Facilitator));
        var pairing = await Host.ProposeAsync(Coordinator(), new ProposePairing(null, scene.JeanNeed, scene.Samira));
        await AppendAsync(pairing, new PairingAccepted(pairing, (Party)2), new PairingAccepted(pairing, (Party)3),
            new PairingStarted(pairing, scene.Samira, ApiFixture.Today),
            new PairingEnded(pairing, scene.Samira, ApiFixture.Today, (PairingOutcome)7, null, null, null));

        var read = await JsonAsync($"/api/pairings/{pairing}");

        read["acceptedBy"]!.AsArray().ShouldBeEmpty();
        read["status"]!.GetValue<string>().ShouldBe("ended");
        read["outcome"].ShouldBeNull();
    }

    [Fact]
    public async Task The_openapi_document_gives_each_choice_as_the_strings_it_is_read_from()
    {
        var schemas = JsonNode.Parse(await (await Host.Scenario(s => s.Get.Url("/openapi/v1.json"))).ReadAsTextAsync())!["components"]!["schemas"]!;

        foreach (var (name, names) in new[] { ("NeedPriority", new[] { "low", "normal", "high" }), ("Party", ["learner", "helper"]) })
        {
            schemas[name]!["type"]!.GetValue<string>().ShouldBe("string");
            schemas[name]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldBe(names);
        }
    }

    private async Task AppendAsync(Guid stream, params object[] events)
    {
        await using var session = Store.LightweightSession(OrgA);
        session.Events.Append(stream, events);
        await session.SaveChangesAsync();
    }

    private async Task<JsonNode> JsonAsync(string url) =>
        JsonNode.Parse(await (await Send(Coordinator(), s => s.Get.Url(url))).ReadAsTextAsync())!;

    private async Task<ValidationProblem> RefusedAsync(string url, string body)
    {
        var before = await EventCount();
        var result = await Send(Coordinator(), s =>
        {
            s.Post.Text(body).ToUrl(url);
            s.ConfigureHttpContext(c => c.Request.ContentType = "application/json");
            s.StatusCodeShouldBe(400);
            s.ContentTypeShouldBe("application/problem+json");
        });
        (await EventCount()).ShouldBe(before);
        return (await result.ReadAsJsonAsync<ValidationProblem>())!;
    }
}
