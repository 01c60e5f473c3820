using Alba;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Support;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace LivingLibrary.Api.Tests.Logs;

/// <summary>
/// A host of its own, on a database of its own (the tests' name + "_logs"), whose only log is <see cref="CapturedLog"/>
/// at Trace for every category: nothing the scenarios cause can be hidden by the configured levels.
/// </summary>
public sealed class LogsFixture : IAsyncLifetime
{
    public CapturedLog Log { get; } = new();
    public IAlbaHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable("ConnectionStrings__Marten")
            ?? throw new InvalidOperationException("Run the tests through ./test.sh, or set ConnectionStrings__Marten.");
        Host = await ApiFixture.StartAsync(await ScratchDatabase.EnsureAsync(configured, "tests_logs"), builder =>
        {
            // appsettings.json names these categories; every one of them, and the rest, at Trace.
            foreach (var category in new[] { "Default", "Microsoft", "Microsoft.AspNetCore", "Wolverine", "Marten", "JasperFx", "Npgsql", "System" })
                builder.UseSetting($"Logging:LogLevel:{category}", "Trace");
            builder.ConfigureLogging(logging =>
            {
                logging.ClearProviders();
                logging.SetMinimumLevel(LogLevel.Trace);
                logging.AddProvider(Log);
            });
        });
        await Host.ResetAllMartenDataAsync();
    }

    public async Task DisposeAsync()
    {
        await Host.StopAsync();
        await Host.DisposeAsync();
    }
}

/// <summary>Its own collection: it runs beside the other scenarios, on its own database.</summary>
[CollectionDefinition(Name)]
public sealed class LogsCollection : ICollectionFixture<LogsFixture>
{
    public const string Name = "logs";
}
