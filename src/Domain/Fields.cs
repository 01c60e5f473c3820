using System.Text.RegularExpressions;

namespace LivingLibrary.Domain;

/// <summary>
/// Collects the fields at fault in a command, so that one answer lists all of them.
/// Text is stored as given (any script); only its length and control characters are checked.
/// </summary>
public sealed partial class Fields
{
    private readonly Dictionary<string, List<string>> _errors = new();

    /// <summary>Blank free text is no text.</summary>
    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    public Fields Text(string field, string? value, int max, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Add(field, "is required.");
        }
        else if (value.Length > max) Add(field, $"must be at most {max} characters.");
        else if (value.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
            Add(field, "must not contain control characters.");
        return this;
    }

    public Fields Languages(string field, IReadOnlyList<string>? codes, int max = 12, bool required = true)
    {
        if (codes is null || codes.Count == 0)
        {
            if (required) Add(field, "needs at least one language.");
            return this;
        }
        if (codes.Count > max) Add(field, $"can list at most {max} languages.");
        foreach (var code in codes)
            if (code is null || !LanguageCode().IsMatch(code))
                Add(field, $"'{code}' is not a language code such as 'fr', 'nl', 'ar' or 'prs'.");
        return this;
    }

    public Fields Check(string field, bool ok, string error)
    {
        if (!ok) Add(field, error);
        return this;
    }

    public Refusal? Refusal() =>
        _errors.Count == 0 ? null : Domain.Refusal.Invalid(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));

    private void Add(string field, string error)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(error);
    }

    // ISO 639-1 or 639-3 in lower case, with an optional region or script (BCP 47 style).
    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")]
    private static partial Regex LanguageCode();
}
