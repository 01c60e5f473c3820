using System.Text.Json;
using Alba;
using LivingLibrary.Api.Tests.Support;

namespace LivingLibrary.Api.Tests.Platform;

[Collection(PlatformCollection.Name)]
public sealed class PlatformTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_answers_without_a_token(string url)
    {
        var result = await Host.Scenario(s => s.Get.Url(url));
        (await result.ReadAsTextAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task The_openapi_document_describes_every_group_operation_with_its_schemas()
    {
        var result = await Host.Scenario(s => s.Get.Url("/openapi/v1.json"));
        using var document = JsonDocument.Parse(await result.ReadAsTextAsync());
        var paths = document.RootElement.GetProperty("paths");

        paths.GetProperty("/api/groups").GetProperty("post").GetProperty("requestBody").ToString().ShouldContain("CreateGroup");
        paths.GetProperty("/api/groups/{groupId}").GetProperty("get").GetProperty("responses").GetProperty("200").ToString().ShouldContain("Group");
        paths.GetProperty("/api/groups/{groupId}/rename").GetProperty("post").GetProperty("responses").GetProperty("412").ToString().ShouldContain("ProblemDetails");
        document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString().ShouldBe("bearer");
        paths.GetProperty("/api/groups/{groupId}/participants/import").GetProperty("post").GetProperty("requestBody").GetProperty("content")
            .TryGetProperty("text/csv", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Every_api_operation_documents_its_answer_and_the_refusals_of_authentication()
    {
        var result = await Host.Scenario(s => s.Get.Url("/openapi/v1.json"));
        using var document = JsonDocument.Parse(await result.ReadAsTextAsync());

        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Route: $"{o.Name.ToUpperInvariant()} {p.Name}", Operation: o.Value)))
            .ToList();

        operations.Count.ShouldBeGreaterThan(40);
        foreach (var (route, operation) in operations)
        {
            var responses = operation.GetProperty("responses");
            var success = responses.EnumerateObject().Where(r => r.Name.StartsWith('2')).ToList();
            success.ShouldNotBeEmpty(route);
            foreach (var answer in success) answer.Value.TryGetProperty("content", out _).ShouldBeTrue(route);
            responses.TryGetProperty("401", out _).ShouldBeTrue(route);
            responses.TryGetProperty("403", out _).ShouldBeTrue(route);
        }
    }

    [Fact]
    public async Task An_unknown_route_is_a_problem_not_a_bare_status()
    {
        await Send(Coordinator(), s =>
        {
            s.Get.Url("/api/nothing-here");
            s.StatusCodeShouldBe(404);
            s.ContentTypeShouldBe("application/problem+json");
        });
    }
}
