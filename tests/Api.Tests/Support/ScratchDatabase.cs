using Npgsql;

namespace LivingLibrary.Api.Tests.Support;

/// <summary>
/// A database beside the configured one, named after it with a suffix ("livinglibrary_tests"), for
/// tests and benchmarks that empty their database: they can never touch the configured data. Not in the API's assembly:
/// the benchmarks compile this file too (Benchmarks.csproj).
/// </summary>
public static class ScratchDatabase
{
    public static async Task<string> EnsureAsync(string configuredConnectionString, string suffix)
    {
        var target = new NpgsqlConnectionStringBuilder(configuredConnectionString);
        target.Database = $"{target.Database}_{suffix}";

        var admin = new NpgsqlConnectionStringBuilder(configuredConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = @name", connection);
        exists.Parameters.AddWithValue("name", target.Database);
        if (await exists.ExecuteScalarAsync() is null)
        {
            await using var create = new NpgsqlCommand($"create database \"{target.Database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        return target.ConnectionString;
    }

    /// <summary>A database beside the configured one, dropped if it was there and created empty: no table of ours in it.</summary>
    public static async Task<string> CreateAfreshAsync(string configuredConnectionString, string suffix)
    {
        var target = new NpgsqlConnectionStringBuilder(configuredConnectionString);
        target.Database = $"{target.Database}_{suffix}";
        await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(configuredConnectionString) { Database = "postgres", Pooling = false }.ConnectionString))
        {
            await admin.OpenAsync();
            // Creating a database copies a template and checkpoints: on a busy machine it takes longer than a query's 30 seconds.
            foreach (var sql in new[] { $"drop database if exists \"{target.Database}\" with (force)", $"create database \"{target.Database}\"" })
            {
                await using var command = new NpgsqlCommand(sql, admin) { CommandTimeout = 600 };
                await command.ExecuteNonQueryAsync();
            }
        }
        return target.ConnectionString;
    }
}
