using System.Text;
using System.Text.Json;
using LivingLibrary.Projections.Library;
using Npgsql;

namespace LivingLibrary.Api.Platform;

/// <summary>Serves parts of stored read models as they are stored: PostgreSQL hands out the JSON text, nothing is deserialised.</summary>
public static class StoredJson
{
    /// <param name="wrap">Places the part inside an answer of ours.</param>
    /// <returns>Null when no such document is stored (yet) for the session's organisation.</returns>
    public static async Task<IResult?> StoredPartAsync<T>(this IQuerySession session, object id, string part, Func<string, string>? wrap = null) =>
        await session.PartAsync<T>(id, part) is { } json ? new Json(wrap is null ? json : wrap(json), typeof(T)) : null;

    /// <summary>The same part, read as <typeparamref name="TPart"/> (for a console page); default when none is stored (yet).</summary>
    public static async Task<TPart?> StoredPartAsync<T, TPart>(this IQuerySession session, object id, string part) =>
        await session.PartAsync<T>(id, part) is { } json ? JsonSerializer.Deserialize<TPart>(json, ViewJson.Options) : default;

    private static Task<string?> PartAsync<T>(this IQuerySession session, object id, string part) =>
        session.JsonAsync<T>($"select (data -> $1)::text from {session.TableOf<T>()} where id = $2 and tenant_id = $3", part, id, session.TenantId);

    /// <summary>One part of every stored document of the session's organisation that matches a condition of ours (never the caller's), in order, as an array.</summary>
    public static async Task<IResult> StoredPartsAsync<T>(this IQuerySession session, string part, string condition, string orderBy,
        Func<string, string>? wrap = null)
    {
        var json = (await session.JsonAsync<T>(
            $"select coalesce(json_agg(data -> $1 order by {orderBy}), '[]')::text from {session.TableOf<T>()} where tenant_id = $2 and {condition}",
            part, session.TenantId))!;
        return new Json(wrap is null ? json : wrap(json), typeof(T));
    }

    private static string TableOf<T>(this IQuerySession session) => session.DocumentStore.Options.Schema.For<T>();

    private static async Task<string?> JsonAsync<T>(this IQuerySession session, string sql, params object[] values)
    {
        // Marten creates a read model's table when it first stores one; this SQL is ours, so we ask for the table as Marten would (checked once per type).
        await session.Database.EnsureStorageExistsAsync(typeof(T));
        await using var connection = session.DocumentStore.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
        return await command.ExecuteScalarAsync() as string;
    }

    /// <param name="view">The stored document's type: the answer says how far behind the events its projection is.</param>
    private sealed class Json(string json, Type view) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await ProjectionLag.SayAsync(context, view);
            await context.Response.WriteAsync(json, Encoding.UTF8, context.RequestAborted);
        }
    }
}
