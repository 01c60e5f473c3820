using System.Diagnostics;
using System.Globalization;
using System.Text;
using LivingLibrary.Api.Tests.Support;

namespace LivingLibrary.Api.Tests.Privacy;

/// <summary>What a plain-text dump of a whole database holds (every table: events, documents, Wolverine's).</summary>
public static class DatabaseDump
{
    /// <summary>Which of these texts the dump holds, whatever their case.</summary>
    public static async Task<IReadOnlyList<string>> HoldingAsync(IReadOnlyList<string> texts, string connectionString)
    {
        var dump = await TextAsync(connectionString);
        return [.. texts.Where(t => dump.Contains(t, StringComparison.OrdinalIgnoreCase))];
    }

    /// <summary>
    /// Which of these names the dump holds in any form a search could miss: as written, without accents, JSON-escaped
    /// (<c>\u00e9</c>), URL-encoded, base64-encoded (at each of its three alignments in a longer text) and in hex (a bytea
    /// column). Each is said as "name (form)".
    /// </summary>
    public static async Task<IReadOnlyList<string>> HoldingAnyFormOfAsync(IEnumerable<string> names, string connectionString) =>
        FormsIn(await TextAsync(connectionString), names);

    /// <summary>Which of these names a text holds, in any of the forms above.</summary>
    public static IReadOnlyList<string> FormsIn(string text, IEnumerable<string> names) =>
    [
        .. names.Distinct().SelectMany(name => Forms(name)
            .Where(f => text.Contains(f.Text, f.CaseMatters ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
            .Select(f => $"{name} ({f.Form})")),
    ];

    private static IEnumerable<(string Form, string Text, bool CaseMatters)> Forms(string name)
    {
        var bytes = Encoding.UTF8.GetBytes(name);
        yield return ("as written", name, false);
        yield return ("without accents", string.Concat(name.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)), false);
        yield return ("JSON-escaped", string.Concat(name.Select(c => c < 128 ? c.ToString() : $"\\u{(int)c:x4}")), false);
        yield return ("URL-encoded", Uri.EscapeDataString(name), false);
        yield return ("URL-encoded, + for spaces", Uri.EscapeDataString(name).Replace("%20", "+", StringComparison.Ordinal), false);
        yield return ("hex", Convert.ToHexString(bytes), false);
        foreach (var (offset, text) in Base64(bytes)) yield return ($"base64 at {offset}", text, true);
    }

    /// <summary>The part of a text's base64 that only its bytes decide, when it starts 0, 1 or 2 bytes into a group of three.</summary>
    private static IEnumerable<(int Offset, string Text)> Base64(byte[] bytes)
    {
        for (var offset = 0; offset < 3; offset++)
        {
            var aligned = new byte[offset].Concat(bytes).ToArray();
            var whole = aligned.Length / 3 * 4;
            var skip = offset == 0 ? 0 : offset + 1;
            if (whole - skip >= 4) yield return (offset, Convert.ToBase64String(aligned)[skip..whole]);
        }
    }

    private static Task<string> TextAsync(string connectionString) => RunAsync("pg_dump", connectionString, "--data-only", "--no-owner");

    /// <summary>Runs one of PostgreSQL's tools (pg_dump, pg_restore) on a database; returns what it wrote.</summary>
    public static async Task<string> RunAsync(string tool, string connectionString, params string[] args)
    {
        var cs = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(tool, ["-h", cs.Host!, "-p", cs.Port.ToString(), "-U", cs.Username!, "-d", cs.Database!, .. args])
            { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PGPASSWORD"] = cs.Password;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0, await errors);
        return output;
    }
}
