using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LivingLibrary.Domain.Reports;

/// <summary>A report's content as bytes, and its hash: defined here, whatever the API's own JSON settings (docs/adr/0009).</summary>
public static class FunderReports
{
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
