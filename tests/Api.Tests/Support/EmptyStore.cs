using Marten;
using Marten.Events.Daemon.Coordination;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace LivingLibrary.Api.Tests.Support;

/// <summary>
/// What Marten's ResetAllMartenDataAsync leaves (no document, no event, the event sequence from 1, the projections from the
/// start, the daemon paused meanwhile), in one round trip. Marten truncates table by table: half a second before every
/// scenario on a busy machine, most of the suite's time; deleting the few rows a scenario wrote costs a few milliseconds.
/// </summary>
public static class EmptyStore
{
    public static async Task EmptyMartenDataAsync(this IHost host)
    {
        var coordinator = host.Services.GetService<IProjectionCoordinator>();
        if (coordinator is not null) await coordinator.PauseAsync();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var schema = store.Options.Events.DatabaseSchemaName;
        await using (var connection = store.Storage.Database.CreateConnection())
        {
            await connection.OpenAsync();
            // One transaction, the tables locked against writes first: a write still under way (a handler's, a late request's)
            // waits, and cannot add an event whose stream row was already deleted. The streams are locked first, as an append takes them.
            await using var empty = new NpgsqlCommand($"""
                do $$ declare tables text[]; t text; begin
                  select array_agg(format('%I.%I', schemaname, tablename) order by tablename <> 'mt_streams', tablename <> 'mt_events', tablename)
                    into tables from pg_tables where schemaname = '{schema}' and tablename like 'mt\_%';
                  if tables is null then return; end if; -- a database no scenario wrote to yet: Marten makes its tables on first use
                  execute 'lock table ' || array_to_string(tables, ', ') || ' in exclusive mode';
                  foreach t in array array_remove(tables, format('%I.%I', '{schema}', 'mt_streams')) || format('%I.%I', '{schema}', 'mt_streams') loop
                    execute 'delete from ' || t;
                  end loop;
                  alter sequence if exists "{schema}".mt_events_sequence restart with 1;
                end $$;
                """, connection);
            await empty.ExecuteNonQueryAsync();
        }
        if (coordinator is not null) await coordinator.ResumeAsync();
    }
}
