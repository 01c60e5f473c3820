using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using LivingLibrary.Projections;
using Weasel.Core;
using Wolverine;

namespace LivingLibrary.Api.Platform;

public static class EventStore
{
    /// <summary>Marten on PostgreSQL, one tenant per organisation, driven by Wolverine.</summary>
    public static void AddEventStore(this WebApplicationBuilder builder)
    {
        var marten = builder.Services.AddMarten(services =>
            {
                var opts = new StoreOptions();
                opts.Logger(new QuietMartenLogger(services.GetRequiredService<ILogger<IDocumentStore>>()));
                opts.Connection(ConnectionString(builder.Configuration));
                opts.DatabaseSchemaName = "livinglibrary";

                // Organisations are isolated: tenant = organisation, taken from the token only.
                opts.Events.TenancyStyle = JasperFx.MultiTenancy.TenancyStyle.Conjoined;
                opts.Policies.AllDocumentsAreMultiTenanted();

                // Quick appends: one batch per command, the sequence taken by the server. Expected versions are still checked
                // (on the server), and an inline snapshot's version (the ETag) is exact because every append knows the
                // stream's version: fetched for writing, started, or appended at the version it was read at (docs/adr/0001).
                opts.Events.AppendMode = EventAppendMode.QuickWithServerTimestamps;
                opts.Events.MetadataConfig.UserNameEnabled = true;
                opts.Events.MetadataConfig.CorrelationIdEnabled = true;
                opts.Events.MetadataConfig.CausationIdEnabled = true;

                opts.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
                opts.AutoCreateSchemaObjects = builder.Environment.IsProduction() ? AutoCreate.None : AutoCreate.CreateOrUpdate;

                ReadModels.Register(opts);
                return opts;
            })
            .UseLightweightSessions()
            .IntegrateWithWolverine(integration =>
                integration.UseWolverineManagedEventSubscriptionDistribution = ProjectionsAreDistributed(builder.Configuration));

        // One node: the async daemon runs here (Solo). Several nodes: Wolverine distributes the projections.
        if (!ProjectionsAreDistributed(builder.Configuration)) marten.AddAsyncDaemon(DaemonMode.Solo);
        else builder.Services.AddHostedService<Failover.NodeName>();

        builder.Services.AddSingleton<ProjectionLag>();
        builder.Services.AddWolverineHttp();
        builder.Host.UseWolverine(opts =>
        {
            // The endpoints live here, whatever process hosts the API (tests and benchmarks too).
            opts.ApplicationAssembly = typeof(EventStore).Assembly;
            // The endpoints' code is generated ahead (src/Api/Internal/Generated, scripts/codegen.sh) so that no
            // request compiles; a type missing there is still generated at run time. test.sh checks it is current.
            opts.CodeGeneration.TypeLoadMode = JasperFx.CodeGeneration.TypeLoadMode.Auto;
            opts.Policies.AutoApplyTransactions();
            opts.EnableRelayOfUserName = true;
            opts.EntityDefaults.OnMissing = Wolverine.Persistence.OnMissing.ProblemDetailsWith404;
            opts.Durability.Mode = ProjectionsAreDistributed(builder.Configuration) ? DurabilityMode.Balanced : DurabilityMode.Solo;
            if (ProjectionsAreDistributed(builder.Configuration)) opts.Durability.TakeOverWithinSeconds();
        });
    }

    /// <summary>
    /// The configured connection string; unless it says otherwise, opening a connection gives up after
    /// 3 seconds, so that a request answers 503 quickly while PostgreSQL is unreachable, and a pooled
    /// connection is handed back without <c>DISCARD ALL</c> (one round trip fewer per request): nothing here
    /// leaves state on a pooled connection (no session settings, temporary tables or session advisory
    /// locks; Marten's and Wolverine's advisory locks are taken and released on connections they hold).
    /// </summary>
    public static string ConnectionString(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString("Marten")
            ?? throw new InvalidOperationException(
                "ConnectionStrings:Marten is not set: set ConnectionStrings__Marten, or run through ./run.sh.");
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(configured);
        if (!configured.Contains("Timeout", StringComparison.OrdinalIgnoreCase)) builder.Timeout = 3;
        if (!configured.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase)) builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }

    private static bool ProjectionsAreDistributed(IConfiguration configuration) =>
        string.Equals(configuration["Projections:Distribution"], "Wolverine", StringComparison.OrdinalIgnoreCase);
}
