using System.Diagnostics;
using Alba;
using JasperFx.CommandLine;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using Wolverine;

namespace LivingLibrary.Api.Tests.Platform;

/// <summary>OpenTelemetry is on only when an OTLP endpoint is configured, and then traces requests down to PostgreSQL.</summary>
[Collection(PlatformCollection.Name)]
public sealed class TelemetryTests(ApiFixture fixture)
{
    [Fact]
    public void Without_an_otlp_endpoint_nothing_is_traced() =>
        fixture.Host.Services.GetService<TracerProvider>().ShouldBeNull();

    [Fact]
    public async Task With_an_otlp_endpoint_requests_are_traced_through_the_api_and_the_database()
    {
        JasperFxEnvironment.AutoStartHost = true;
        var database = await ScratchDatabase.EnsureAsync(TestDatabase.ConnectionString, "telemetry");
        await using var host = await AlbaHost.For<Program>(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Marten", database);
            builder.UseSetting("Auth:DevelopmentSigningKey", "tests-only-signing-key-of-at-least-32-bytes");
            builder.UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:9"); // nobody listens: export fails quietly
            builder.ConfigureServices(services => services.RunWolverineInSoloMode());
        });
        host.Services.GetService<TracerProvider>().ShouldNotBeNull();

        var seen = new List<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => Telemetry.Sources.Contains(source.Name) || source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity => { lock (seen) seen.Add(activity.Source.Name); },
        };
        ActivitySource.AddActivityListener(listener);
        var token = host.Services.GetRequiredService<DevelopmentTokens>().Issue("coordinator-1", "org-telemetry", "coordinator", TimeSpan.FromMinutes(5));
        await host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.Post.Json(GroupScenarios.NewGroup()).ToUrl("/api/groups");
            s.StatusCodeShouldBe(201);
        });

        lock (seen) seen.ShouldContain("Npgsql");
    }
}
