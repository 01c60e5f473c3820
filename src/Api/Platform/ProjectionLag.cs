using System.Diagnostics;
using System.Globalization;
using LivingLibrary.Projections.Library;
using Npgsql;

namespace LivingLibrary.Api.Platform;

/// <summary>
/// How far the stored views are behind the events (docs/adr/0023): for each async projection, how many events were
/// appended past its position and how old the oldest of them is. A stored view says it in the <see cref="Header"/>
/// header. Read in one query for the whole node, at most every quarter of a second, so a view pays no round trip for it
/// (and says what was true up to a quarter of a second ago).
/// </summary>
public sealed class ProjectionLag(IDocumentStore store)
{
    public const string Header = "View-Lag";

    private static readonly TimeSpan Freshness = TimeSpan.FromMilliseconds(250);

    /// <summary>The async projection that stores each view served as stored (the names ReadModels registers them under).</summary>
    private static readonly Dictionary<Type, string> ProjectionOf = new()
    {
        [typeof(GroupLibrary)] = "GroupLibrary",
        [typeof(OrganisationSkill)] = "OrganisationCatalogue",
    };

    private readonly Lock _gate = new();
    private Dictionary<string, Behind>? _known;
    private Task? _refreshing;
    private long _readAt;

    /// <summary>Events appended past the projection's position (their sequence numbers), and the age of the oldest of them.</summary>
    public readonly record struct Behind(long Events, double Seconds)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"events={Events}, seconds={Seconds:0.0}");
    }

    /// <summary>How far the stored views of type <paramref name="view"/> are behind; null for a type no async projection stores.</summary>
    public async Task<Behind?> OfAsync(Type view) =>
        ProjectionOf.TryGetValue(view, out var projection) && (await Latest()).TryGetValue(projection, out var behind) ? behind : null;

    /// <summary>Says in the answer how far behind a stored view of type <paramref name="view"/> is.</summary>
    public static async Task SayAsync(HttpContext context, Type view)
    {
        if (await context.RequestServices.GetRequiredService<ProjectionLag>().OfAsync(view) is { } behind)
            context.Response.Headers[Header] = behind.ToString();
    }

    /// <summary>
    /// What was last read; once it is older than <see cref="Freshness"/>, a new reading starts beside the request, which
    /// does not wait for it (only the very first does): a view's answer is still one query of its own.
    /// </summary>
    private async ValueTask<Dictionary<string, Behind>> Latest()
    {
        Task? first = null;
        lock (_gate)
        {
            if (_refreshing is not { IsCompleted: false } && (_known is null || Stopwatch.GetElapsedTime(_readAt) > Freshness))
            {
                _readAt = Stopwatch.GetTimestamp();
                using (ExecutionContext.SuppressFlow()) _refreshing = Task.Run(RefreshAsync);
            }
            if (_known is null) first = _refreshing;
        }
        if (first is not null) await first;
        return _known ?? [];
    }

    private async Task RefreshAsync()
    {
        try
        {
            _known = await ReadAsync();
        }
        catch (NpgsqlException)
        {
            // PostgreSQL unreachable: the lag is unknown, and no answer claims one (the view's own query fails anyway).
            _known = null;
        }
    }

    private async Task<Dictionary<string, Behind>> ReadAsync()
    {
        var schema = store.Options.Events.DatabaseSchemaName;
        // A projection that never ran has no progress row: it is behind every event.
        var sql = $"""
            with head as (select coalesce(max(seq_id), 0) as seq_id from {schema}.mt_events)
            select wanted.name, greatest(head.seq_id - coalesce(p.last_seq_id, 0), 0),
                   coalesce(extract(epoch from now() - (select e.timestamp from {schema}.mt_events e
                       where e.seq_id > coalesce(p.last_seq_id, 0) order by e.seq_id limit 1)), 0)::float8
            from unnest($1::text[]) as wanted(name) cross join head
            left join {schema}.mt_event_progression p on p.name = wanted.name || ':All'
            """;
        // On a database where nothing was appended yet, Marten creates the event tables on first use: so do we.
        await store.Storage.Database.EnsureStorageExistsAsync(typeof(JasperFx.Events.IEvent));
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = ProjectionOf.Values.Distinct().ToArray() });
        var lag = new Dictionary<string, Behind>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            lag[reader.GetString(0)] = new Behind(reader.GetInt64(1), Math.Max(0, reader.GetDouble(2)));
        return lag;
    }
}
