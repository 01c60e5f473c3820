using System.Diagnostics;
using Alba;
using JasperFx.CommandLine;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Support;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wolverine;

namespace LivingLibrary.Api.Tests.Platform;

/// <summary>While PostgreSQL cannot be reached: 503 with Retry-After, quickly, never a 500; and back to work after.</summary>
[Collection(PlatformCollection.Name)]
public sealed class OutageTests
{
    [Fact]
    public async Task Requests_answer_503_with_retry_after_while_the_database_is_cut_and_work_again_when_it_is_back()
    {
        // A database of its own, reached through a relay the test can cut.
        var database = new NpgsqlConnectionStringBuilder(await ScratchDatabase.EnsureAsync(TestDatabase.ConnectionString, "outage"));
        await using var relay = new TcpProxy(database.Port);
        relay.Start();
        database.Host = "127.0.0.1";
        database.Port = relay.Port;

        JasperFxEnvironment.AutoStartHost = true;
        await using var host = await AlbaHost.For<Program>(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Marten", database.ConnectionString);
            builder.UseSetting("Auth:DevelopmentSigningKey", "tests-only-signing-key-of-at-least-32-bytes");
            builder.ConfigureServices(services =>
            {
                services.MartenDaemonModeIsSolo();
                services.RunWolverineInSoloMode();
            });
        });
        var token = host.Services.GetRequiredService<DevelopmentTokens>().Issue("coordinator-1", "org-a", "coordinator", TimeSpan.FromMinutes(5));
        Task<IScenarioResult> Send(Action<Scenario> request, int status) => host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            request(s);
            s.StatusCodeShouldBe(status);
        });
        await Send(s => s.Get.Url("/api/groups"), 200);

        relay.Cut();
        foreach (var request in new Action<Scenario>[] { s => s.Get.Url("/api/groups"), s => s.Post.Json(GroupScenarios.NewGroup()).ToUrl("/api/groups") })
        {
            var clock = Stopwatch.StartNew();
            var refused = await Send(request, 503);
            clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10)); // not the 15 s default connection timeout, nor a hang
            refused.Context.Response.ContentType.ShouldStartWith("application/problem+json");
            refused.Context.Response.Headers.RetryAfter.ToString().ShouldBe("5");
        }

        relay.Start();
        var back = false;
        for (var attempt = 0; attempt < 20 && !back; attempt++)
        {
            var result = await host.Scenario(s =>
            {
                s.WithRequestHeader("Authorization", $"Bearer {token}");
                s.Post.Json(GroupScenarios.NewGroup()).ToUrl("/api/groups");
                s.IgnoreStatusCode();
            });
            back = result.Context.Response.StatusCode == 201;
            if (!back) await Task.Delay(500);
        }
        back.ShouldBeTrue();
    }
}
