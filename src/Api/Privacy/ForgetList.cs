using System.Text;
using System.Text.Json;

namespace LivingLibrary.Api.Privacy;

/// <summary>One erasure as the forget list keeps it: ids, the reason, the day, and the hashes of every form of their names (<see cref="Mentions"/>); never a name.</summary>
public sealed record ForgottenPerson(string Organisation, PersonKind Kind, Guid Id, ErasureReason Reason, DateOnly On, IReadOnlyList<string> Hashes);

/// <summary>
/// The forget list (docs/adr/0014): every erasure, one JSON line each, in a file outside the database
/// (<c>Privacy:ForgetList</c>), written before the erasure masks anything. A database restored from a backup taken before
/// an erasure holds the person again; <c>reapply-erasures</c> erases everyone on the list again.
/// </summary>
public sealed class ForgetList(string path)
{
    public const string Setting = "Privacy:ForgetList";

    private static readonly SemaphoreSlim Writing = new(1, 1);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    public string Path => path;

    /// <summary>The configured file, relative to the content root; <c>forget-list.jsonl</c> there unless set.</summary>
    public static ForgetList From(IServiceProvider services) =>
        new(System.IO.Path.GetFullPath(services.GetRequiredService<IConfiguration>()[Setting] ?? "forget-list.jsonl",
            services.GetRequiredService<IHostEnvironment>().ContentRootPath));

    public async Task<IReadOnlyList<ForgottenPerson>> ReadAsync(CancellationToken cancellation = default) =>
        File.Exists(path)
            ? [.. (await File.ReadAllLinesAsync(path, cancellation)).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<ForgottenPerson>(l, Json)!)]
            : [];

    /// <summary>Appends one line and flushes it to the disk before the erasure goes on.</summary>
    public async Task AddAsync(ForgottenPerson person, CancellationToken cancellation = default)
    {
        await Writing.WaitAsync(cancellation);
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            await using var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            await file.WriteAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(person, Json) + "\n"), cancellation);
            file.Flush(flushToDisk: true);
        }
        finally
        {
            Writing.Release();
        }
    }
}
