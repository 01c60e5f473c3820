using Alba;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LivingLibrary.Api.Tests.Platform;

/// <summary>
/// A newcomer's first request reaches a database where nothing is stored yet: the read models' tables may not exist.
/// The routes that read stored JSON directly answer as if empty, never with a 500 (seen once in CI on a fresh clone).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class FreshDatabaseTests
{
    [Theory]
    [InlineData("/api/catalogue", "skills")]
    [InlineData("/api/pairings/stats", null)]
    public async Task A_stored_view_read_before_anything_was_stored_answers_empty(string route, string? list)
    {
        await using var host = await ApiFixture.StartAsync(await ScratchDatabase.CreateAfreshAsync(TestDatabase.ConnectionString, $"fresh_{list ?? "pairings"}"));
        var token = host.Services.GetRequiredService<DevelopmentTokens>().Issue("coordinator-1", "org-fresh", Security.CoordinatorRole, TimeSpan.FromMinutes(5));

        var answer = await host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.Get.Url(route);
            s.StatusCodeShouldBe(200);
        });

        var body = System.Text.Json.Nodes.JsonNode.Parse(await answer.ReadAsTextAsync())!;
        (list is null ? body : body[list]!).AsArray().ShouldBeEmpty();
    }
}
