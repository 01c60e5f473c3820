using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LivingLibrary.Domain.Reports;

/// <summary>A report's content as bytes, and its hash: defined here, whatever the API's own JSON settings (docs/adr/0009).</summary>
public static class FunderReports
{
    /// <summary>
    /// The rules a report's figures are built under, recorded when it is issued: a report regenerates byte for byte only
    /// under the rules it was issued under. Any change to what <see cref="FunderReport.Build"/> makes of the same events
    /// (a figure's rule, the shape of the JSON) is a new number; a test records the hash of a fixed report for each.
    /// 1: ADR 9 and 11 (until 2026-12-04); 2: ADR 18 (small numbers as one table per period, volumes of the work shown);
    /// 3: ADR 30 (activities by kind instead of exchange sessions, hours delivered, participant-hours, attendance rate).
    /// </summary>
    public const int Rules = 3;

    /// <summary>
    /// How far a cut-off must stay behind the oldest transaction still open (or now): a margin for the clocks
    /// of the API and of PostgreSQL, which stamps the events.
    /// </summary>
    public static readonly TimeSpan Settled = TimeSpan.FromSeconds(2);

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static byte[] Json(FunderReport report) => JsonSerializer.SerializeToUtf8Bytes(report, Options);

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}

/// <summary>Why a report (or a demand's figures) regenerated now is, or is not, what was issued (docs/adr/0009).</summary>
public enum CheckReason
{
    /// <summary>The same content as issued.</summary>
    Matches,

    /// <summary>Issued under other rules than today's: regenerated under today's, it differs, and says nothing of the events.</summary>
    IssuedUnderOtherRules,

    /// <summary>Issued under today's rules, yet it differs: the events up to its cut-off are not those it was issued from.</summary>
    ContentDiffers,
}

public static class CheckReasons
{
    public static CheckReason Of(bool same, int rulesIssued, int rulesNow) =>
        same ? CheckReason.Matches : rulesIssued != rulesNow ? CheckReason.IssuedUnderOtherRules : CheckReason.ContentDiffers;
}
