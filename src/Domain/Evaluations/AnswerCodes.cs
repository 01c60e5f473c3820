using System.Security.Cryptography;
using System.Text;

namespace LivingLibrary.Domain.Evaluations;

/// <summary>
/// A one-time code not used yet, kept as a document (not an event) under its hash: using it deletes it in
/// the transaction that records the answers, so nothing stored ever says which code came with which answers,
/// nor when a code was used (docs/adr/0009).
/// </summary>
public sealed record AnswerCode(string Id, Guid CampaignId);

/// <summary>
/// One-time codes for anonymous answers: eight characters from an alphabet without look-alikes (no 0/O,
/// 1/I/L), written as two groups of four.
/// </summary>
public static class AnswerCodes
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static IReadOnlyList<string> New(int count) =>
        [.. Enumerable.Range(0, count).Select(_ =>
        {
            var code = RandomNumberGenerator.GetString(Alphabet, 8);
            return $"{code[..4]}-{code[4..]}";
        })];

    /// <summary>Spaces, dashes and case do not matter: what is typed from paper is compared by its letters.</summary>
    public static string Hash(Guid campaignId, string code)
    {
        var letters = new string([.. code.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant)]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{campaignId:N}:{letters}")));
    }
}
