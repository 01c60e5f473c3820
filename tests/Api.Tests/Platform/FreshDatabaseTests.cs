using Alba;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LivingLibrary.Api.Tests.Platform;

/// <summary>
/// A newcomer's first request reaches a database where nothing is stored yet: the read models' tables may not exist.
/// The routes that read stored JSON directly answer as if empty, never with a 500 (seen once in CI on a fresh clone).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class FreshDatabaseTests
{
    [Theory]
    [InlineData("/api/catalogue", "skills")]
    [InlineData("/api/pairings/stats", null)]
    public async Task A_stored_view_read_before_anything_was_stored_answers_empty(string route, string? list)
    {
        await using var host = await ApiFixture.StartAsync(await FreshAsync(list ?? "pairings"));
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

    /// <summary>A database created afresh for this test, with no table of ours in it.</summary>
    private static async Task<string> FreshAsync(string suffix)
    {
        var target = new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString);
        target.Database += $"_fresh_{suffix}";
        await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString))
        {
            await admin.OpenAsync();
            foreach (var sql in new[] { $"drop database if exists \"{target.Database}\" with (force)", $"create database \"{target.Database}\"" })
            {
                await using var command = new NpgsqlCommand(sql, admin) { CommandTimeout = 600 };
                await command.ExecuteNonQueryAsync();
            }
        }
        return target.ConnectionString;
    }
}
