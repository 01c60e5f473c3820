using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace LivingLibrary.Domain.Privacy;

/// <summary>What a person was called and how they could be reached: every name and contact their records ever held.</summary>
public sealed record KnownAs(IReadOnlyList<string> Names, IReadOnlyList<string> Contacts);

/// <summary>
/// The ways an erased person may still be named in a text (docs/adr/0014): every name they had, every contact, and, for a
/// participant, their first name alone when no one else of the organisation has it. A text is read word by word, whatever
/// its case and accents ("ZELIE", "Zelie" and "Zélie" are one word). The forms are kept as hashes only, salted with the
/// organisation: the forget list holds these, never a name. A hash reads <c>2:…</c> for a form of two words.
/// </summary>
public sealed partial class Mentions
{
    /// <summary>Shorter forms would mask ordinary words.</summary>
    private const int ShortestForm = 2;

    private readonly string organisation;
    private readonly HashSet<string> hashes;
    private readonly Dictionary<string, string> firstWordOf;
    private readonly int[] lengths;

    /// <param name="firstWordOf">The first word of each form known in clear, by its hash.</param>
    private Mentions(string organisation, IEnumerable<string> hashes, IReadOnlyDictionary<string, string> firstWordOf)
    {
        this.organisation = organisation;
        this.hashes = [.. hashes];
        this.firstWordOf = new Dictionary<string, string>(firstWordOf);
        lengths = [.. this.hashes.Select(h => int.Parse(h[..h.IndexOf(':')], CultureInfo.InvariantCulture)).Distinct().OrderDescending()];
    }

    public IReadOnlyCollection<string> Hashes => hashes;

    /// <summary>
    /// The first word of each form, normalised, when every form is known in clear: a text without any of them does not name
    /// the person, so a search can be narrowed to those words. None when some form is known by its hash only.
    /// </summary>
    public IReadOnlyList<string> FirstWords => hashes.All(firstWordOf.ContainsKey) ? [.. firstWordOf.Values.Distinct()] : [];

    public bool IsEmpty => hashes.Count == 0;

    /// <param name="othersNames">The names of everyone else of the organisation (participants, visitors, staff): a first name one
    /// of them shares is not masked alone.</param>
    /// <param name="byFirstName">A participant's first name alone names them; a visitor's pseudonym ("Madame R.") is taken whole.</param>
    public static Mentions Of(string organisation, KnownAs person, IEnumerable<string?> othersNames, bool byFirstName)
    {
        var othersFirst = othersNames.Select(n => Words(n ?? "").FirstOrDefault()).OfType<string>().ToHashSet();
        var forms = new List<string[]>();
        foreach (var name in person.Names.Where(n => n != PersonalData.Erased))
        {
            var words = Words(name);
            forms.Add(words);
            if (byFirstName && words.Length > 1 && !othersFirst.Contains(words[0])) forms.Add([words[0]]);
        }
        foreach (var contact in person.Contacts)
        {
            forms.Add(Words(contact));
            // A phone number is also written without its spaces.
            if (PhoneNumber().IsMatch(contact)) forms.Add([string.Concat(contact.Where(char.IsAsciiDigit))]);
        }
        var kept = forms.Where(f => f.Length > 0 && string.Concat(f).Length >= ShortestForm).DistinctBy(f => string.Join(' ', f)).ToList();
        return new Mentions(organisation, kept.Select(f => Hash(organisation, f)), kept.ToDictionary(f => Hash(organisation, f), f => f[0]));
    }

    /// <summary>Forms known by their hashes only, as the forget list keeps them.</summary>
    public static Mentions FromHashes(string organisation, IEnumerable<string> hashes) => new(organisation, hashes, new Dictionary<string, string>());

    public Mentions With(Mentions other) =>
        new(organisation, hashes.Concat(other.hashes), firstWordOf.Concat(other.firstWordOf).DistinctBy(f => f.Key).ToDictionary());

    /// <summary>Whether the text names the person.</summary>
    public bool In(string text) => Mask(text) != text;

    /// <summary>The text with every form that names the person replaced by <see cref="PersonalData.Erased"/>; the longest form first.</summary>
    public string Mask(string text)
    {
        if (hashes.Count == 0) return text;
        var words = Word().Matches(text);
        var masked = new StringBuilder();
        var copied = 0;
        for (var i = 0; i < words.Count;)
        {
            var length = lengths.FirstOrDefault(n => i + n <= words.Count && hashes.Contains(Hash(organisation, [.. Enumerable.Range(i, n).Select(k => Normalise(words[k].Value))])));
            if (length == 0)
            {
                i++;
                continue;
            }
            masked.Append(text, copied, words[i].Index - copied).Append(PersonalData.Erased);
            copied = words[i + length - 1].Index + words[i + length - 1].Length;
            i += length;
        }
        return copied == 0 ? text : masked.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>The words of a text, each without case or accents.</summary>
    public static string[] Words(string text) => [.. Word().Matches(text).Select(m => Normalise(m.Value))];

    private static string Normalise(string word) =>
        string.Concat(word.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
            .ToLowerInvariant();

    private static string Hash(string organisation, string[] words) =>
        $"{words.Length}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{organisation}\n{string.Join(' ', words)}")))}";

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^\+?[\d\s./()-]{6,}$")]
    private static partial Regex PhoneNumber();
}
