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
}
