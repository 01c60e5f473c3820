using Alba;
using JasperFx.Events;
using LivingLibrary.Api.Platform;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LivingLibrary.Api.Tests.Support;

/// <summary>Base of every HTTP scenario: a clean event store, tokens for any caller, and the store to check.</summary>
[Collection(ApiCollection.Name)]
public abstract class ApiTest(ApiFixture fixture) : IAsyncLifetime
{
    protected const string OrgA = "org-a";
    protected const string OrgB = "org-b";

    protected IAlbaHost Host => fixture.Host;
    protected IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    /// <summary>This collection's database, for what is read or dumped around the API.</summary>
    protected string Database => fixture.Database;

    public Task InitializeAsync() => Host.EmptyMartenDataAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    protected string Token(string userId, string organisation, string role) =>
        Host.Services.GetRequiredService<DevelopmentTokens>().Issue(userId, organisation, role, TimeSpan.FromMinutes(10));

    protected string Coordinator(string organisation = OrgA, string userId = "coordinator-1") =>
        Token(userId, organisation, Security.CoordinatorRole);

    protected string Facilitator(string userId, string organisation = OrgA) =>
        Token(userId, organisation, Security.FacilitatorRole);

    /// <summary>A participant acting for themself (docs/adr/0026).</summary>
    protected string Participant(Guid participantId, string organisation = OrgA) =>
        Host.Services.GetRequiredService<DevelopmentTokens>().IssueForParticipant(participantId, organisation, TimeSpan.FromMinutes(10));

    /// <summary>
    /// Every event of every organisation: what a refused command must leave unchanged. Marten writes
    /// a "tombstone" in place of the events of a transaction that failed (it keeps the sequence
    /// without gaps); those are not events anyone appended.
    /// </summary>
    protected Task<long> EventCount() =>
        Sql<long>($"select count(*) from {Store.Options.Events.DatabaseSchemaName}.mt_events where type <> 'tombstone'");

    /// <summary>Runs SQL on the test database, around Marten, for what no tenant's session can see or do.</summary>
    protected async Task<T> Sql<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Moves every event back in time, as if recorded that much earlier: for reports, which read only what is settled.</summary>
    protected Task<long> EventsRecordedEarlier(TimeSpan by) =>
        Sql<long>($"with moved as (update {Store.Options.Events.DatabaseSchemaName}.mt_events set timestamp = timestamp - @by returning 1) select count(*) from moved",
            ("by", by));

    /// <summary>As if these streams' events had all been typed in at that moment (docs/adr/0031: recorded late, dated earlier).</summary>
    protected Task<long> EventsRecordedAt(DateTimeOffset at, params Guid[] streams) =>
        Sql<long>($"with moved as (update {Store.Options.Events.DatabaseSchemaName}.mt_events set timestamp = @at where stream_id = any(@ids) returning 1) select count(*) from moved",
            ("at", at), ("ids", streams));

    protected async Task<IReadOnlyList<IEvent>> Stream(Guid streamId, string organisation = OrgA)
    {
        await using var session = Store.QuerySession(organisation);
        return await session.Events.FetchStreamAsync(streamId);
    }

    /// <summary>Waits until the async projections (the stored views) have applied every event appended so far.</summary>
    protected async Task ViewsCaughtUp()
    {
        await Host.ForceAllMartenDaemonActivityToCatchUpAsync(CancellationToken.None);
        // The catch-up can stop short of the last events (a fresh clone's replayed network flow once read 9 cases of 11,
        // after refused commands had left gaps in the sequence): wait until no async view lags the events.
        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));
    }

    protected Task<IScenarioResult> Send(string token, Action<Scenario> configure) =>
        Host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            configure(s);
        });
}
