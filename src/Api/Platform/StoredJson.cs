using System.Text;
using LivingLibrary.Projections.Library;
using Npgsql;

namespace LivingLibrary.Api.Platform;

/// <summary>A group, read for its access rule, with parts of its stored views as stored (null where none is stored yet).</summary>
public sealed record GroupWithViews(Group Group, IReadOnlyList<string?> Parts)
{
    /// <summary>The first part asked for, as it is served.</summary>
    public IResult? Stored => Parts is [{ } json, ..] ? new StoredJson.Json(json, typeof(GroupLibrary)) : null;
}

/// <summary>
/// Serves parts of stored read models as they are stored: PostgreSQL hands out the JSON text, nothing is deserialised.
/// One query on the request's session (its connection), the access check's document included.
/// </summary>
public static class StoredJson
{
    /// <summary>
    /// The group and the named parts of its <see cref="GroupLibrary"/>, in one round trip; null when the session's
    /// organisation has no such group.
    /// </summary>
    public static async Task<GroupWithViews?> GroupWithViewsAsync(this IQuerySession session, Guid groupId, params string[] parts)
    {
        var (groups, views) = (await session.TableOfAsync<Group>(), await session.TableOfAsync<GroupLibrary>());
        var selected = string.Concat(parts.Select((_, i) => $", (l.data -> ${i + 3})::text"));
        await using var command = Command(
            $"select g.data{selected} from {groups} g left join {views} l on l.tenant_id = g.tenant_id and l.id = g.id where g.tenant_id = $1 and g.id = $2",
            [session.TenantId, groupId, .. parts]);
        await using var reader = await session.ExecuteReaderAsync(command);
        if (!await reader.ReadAsync()) return null;
        var group = session.DocumentStore.Options.Serializer().FromJson<Group>(reader, 0);
        return new GroupWithViews(group, [.. parts.Select((_, i) => reader.IsDBNull(i + 1) ? null : reader.GetString(i + 1))]);
    }

    /// <summary>A group's access rule on what <see cref="GroupWithViewsAsync"/> read: a group that is not there is not found.</summary>
    public static Refusal? May(this GroupWithViews? read, Func<Group, Refusal?> rule) => read is null ? Refusal.NotFound(Thing.Group) : rule(read.Group);

    /// <param name="wrap">Places the part inside an answer of ours.</param>
    /// <returns>Null when no such document is stored (yet) for the session's organisation.</returns>
    public static async Task<IResult?> StoredPartAsync<T>(this IQuerySession session, object id, string part, Func<string, string>? wrap = null) =>
        await session.ScalarAsync($"select (data -> $1)::text from {await session.TableOfAsync<T>()} where id = $2 and tenant_id = $3", part, id, session.TenantId)
            is { } json ? new Json(wrap is null ? json : wrap(json), typeof(T)) : null;

    /// <summary>One part of every stored document of the session's organisation that matches a condition of ours (never the caller's), in order, as an array.</summary>
    public static async Task<IResult> StoredPartsAsync<T>(this IQuerySession session, string part, string condition, string orderBy,
        Func<string, string>? wrap = null)
    {
        var json = (await session.ScalarAsync(
            $"select coalesce(json_agg(data -> $1 order by {orderBy}), '[]')::text from {await session.TableOfAsync<T>()} where tenant_id = $2 and {condition}",
            part, session.TenantId))!;
        return new Json(wrap is null ? json : wrap(json), typeof(T));
    }

    /// <summary>
    /// A read model's table. Marten creates it when it first stores one; this SQL is ours, so we ask for the table as
    /// Marten would (checked once per type).
    /// </summary>
    private static async Task<string> TableOfAsync<T>(this IQuerySession session)
    {
        await session.Database.EnsureStorageExistsAsync(typeof(T));
        return session.DocumentStore.Options.Schema.For<T>();
    }

    private static NpgsqlCommand Command(string sql, object[] values)
    {
        var command = new NpgsqlCommand(sql);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
        return command;
    }

    /// <summary>On the session's own connection: no second connection for a read.</summary>
    private static async Task<string?> ScalarAsync(this IQuerySession session, string sql, params object[] values)
    {
        await using var command = Command(sql, values);
        await using var reader = await session.ExecuteReaderAsync(command);
        return await reader.ReadAsync() && !reader.IsDBNull(0) ? reader.GetString(0) : null;
    }

    /// <param name="view">The stored document's type: the answer says how far behind the events its projection is.</param>
    internal sealed class Json(string json, Type view) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await ProjectionLag.SayAsync(context, view);
            await context.Response.WriteAsync(json, Encoding.UTF8, context.RequestAborted);
        }
    }
}
