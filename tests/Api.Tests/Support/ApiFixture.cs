using Alba;
using JasperFx.CommandLine;
using LivingLibrary.Api.Platform;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Wolverine;

namespace LivingLibrary.Api.Tests.Support;

/// <summary>
/// One host of the real Program per collection of scenarios, on a database of its own ("_tests_1", "_tests_2", ...):
/// the collections run at once, and each test empties only its own collection's database.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    private static int started;

    public IAlbaHost Host { get; private set; } = null!;

    /// <summary>This host's database: what a test reads or dumps around the API.</summary>
    public string Database { get; private set; } = "";

    /// <summary>The host's clock: "today" in every scenario, whatever the date the tests run.</summary>
    public static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));

    public static DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    /// <summary>The forget list of this run's hosts (docs/adr/0014), outside the database as it must be.</summary>
    public static readonly string ForgetList = Path.Combine(Path.GetTempPath(), $"livinglibrary-forget-list-{Guid.NewGuid():N}.jsonl");

    public async Task InitializeAsync()
    {
        Database = await ScratchDatabase.EnsureAsync(await TestDatabase.EnsureAsync(), $"{Interlocked.Increment(ref started)}");
        Host = await StartAsync(Database);
        // Every table from the start, as Marten's reset made them: a test may count the events before anything is appended.
        await Host.Services.GetRequiredService<IDocumentStore>().Storage.ApplyAllConfiguredChangesToDatabaseAsync();
    }

    /// <summary>The real Program as every scenario runs it, on the given database, with whatever else a fixture adds.</summary>
    /// <remarks>
    /// A scenario asks for English unless it names a language (the API answers French to a request that names none,
    /// docs/adr/0020): the tests that read words read the English catalogue's.
    /// </remarks>
    public static async Task<IAlbaHost> StartAsync(string connectionString, Action<IWebHostBuilder>? more = null)
    {
        JasperFxEnvironment.AutoStartHost = true;
        var host = await AlbaHost.For<Program>(builder =>
        {
            Configure(builder, connectionString, Clock);
            more?.Invoke(builder);
        });
        host.BeforeEach(context =>
        {
            if (!context.Request.Headers.ContainsKey("Accept-Language")) context.Request.Headers.AcceptLanguage = "en";
        });
        return host;
    }

    /// <summary>The settings every test host of the real Program has: Development, its database, a signing key, a clock of the test's.</summary>
    public static void Configure(IWebHostBuilder builder, string connectionString, TimeProvider clock)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Marten", connectionString);
        builder.UseSetting("Auth:DevelopmentSigningKey", "tests-only-signing-key-of-at-least-32-bytes");
        builder.UseSetting("Retention:Daily", "false"); // the tests run retention themselves
        builder.UseSetting("Privacy:ForgetList", ForgetList);
        builder.ConfigureServices(services =>
        {
            services.MartenDaemonModeIsSolo();
            services.RunWolverineInSoloMode();
            services.AddSingleton(clock);
        });
    }

    public async Task DisposeAsync()
    {
        await Host.StopAsync();
        await Host.DisposeAsync();
    }
}

// The scenarios' collections, by area: xUnit runs them at once (xunit.runner.json), each on its own host and database.
// A test class not named in one is in "api" (ApiTest's).

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api";
}

[CollectionDefinition(Name)]
public sealed class CasesCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api: cases, evaluations, privacy, reports";
}

[CollectionDefinition(Name)]
public sealed class ConsoleCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api: console";
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api: platform";
}

[CollectionDefinition(Name)]
public sealed class ContractCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api: contract";
}

[CollectionDefinition(Name)]
public sealed class ReplayCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api: contract, replayed services";
}

/// <summary>
/// The tests' database: the configured one's name + "_tests", created when missing. The hosts' databases are named after
/// it (ApiFixture.Database), and so are those of the tests that make their own.
/// </summary>
public static class TestDatabase
{
    private static readonly Lazy<Task<string>> Ensured = new(() => ScratchDatabase.EnsureAsync(
        Environment.GetEnvironmentVariable("ConnectionStrings__Marten")
        ?? throw new InvalidOperationException("Run the tests through ./test.sh, or set ConnectionStrings__Marten."),
        "tests"));

    /// <summary>Set once the database exists.</summary>
    public static string ConnectionString { get; private set; } = "";

    public static async Task<string> EnsureAsync() => ConnectionString = await Ensured.Value;
}
