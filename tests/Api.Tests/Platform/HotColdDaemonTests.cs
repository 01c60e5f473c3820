using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using LivingLibrary.Api.Tests.Support;
using Marten;
using Marten.Events.Aggregation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LivingLibrary.Api.Tests.Platform;

/// <summary>
/// Marten's HotCold daemon takes a PostgreSQL advisory lock through Patched.DistributedLock; the local stand-in package the
/// project used before Patched.DistributedLock.Core was served lacked a type of it, and this daemon never projected
/// (docs/adr/0001). With the real package it elects itself and projects.
/// </summary>
public sealed class HotColdDaemonTests
{
    public sealed record Counted(Guid Id);

    public sealed class Tally
    {
        public Guid Id { get; set; }
        public int Count { get; set; }
    }

    public sealed class TallyProjection : SingleStreamProjection<Tally, Guid>
    {
        public static Tally Create(Counted counted) => new() { Id = counted.Id, Count = 1 };

        public static Tally Apply(Counted _, Tally tally) => new() { Id = tally.Id, Count = tally.Count + 1 };
    }

    [Fact]
    public async Task The_hot_cold_daemon_takes_its_lock_and_projects()
    {
        var database = await ScratchDatabase.EnsureAsync(await TestDatabase.EnsureAsync(), "hotcold");
        using var host = await Host.CreateDefaultBuilder().ConfigureServices(services => services
            .AddMarten(options =>
            {
                options.Connection(database);
                options.DatabaseSchemaName = "hotcold";
                options.Projections.Add<TallyProjection>(ProjectionLifecycle.Async);
            })
            .AddAsyncDaemon(DaemonMode.HotCold)).StartAsync();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var id = Guid.CreateVersion7();
        await using (var session = store.LightweightSession())
        {
            session.Events.StartStream(id, new Counted(id), new Counted(id));
            await session.SaveChangesAsync();
        }

        Tally? tally = null;
        for (var waited = 0; waited < 60 && tally?.Count != 2; waited++)
        {
            await Task.Delay(500);
            await using var query = store.QuerySession();
            tally = await query.LoadAsync<Tally>(id);
        }

        tally.ShouldNotBeNull("the daemon projected nothing in 30 s").Count.ShouldBe(2);
        await host.StopAsync();
    }
}
