using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace LivingLibrary.Api.Tests.Me;

/// <summary>What a person reads on a page: the visible text of an element, block by block, cut into sentences and words.</summary>
public static partial class PageText
{
    /// <summary>Elements that start a line of their own: a sentence never runs across two of them.</summary>
    private static readonly HashSet<string> Blocks =
    [
        "P", "LI", "H1", "H2", "H3", "H4", "H5", "H6", "LABEL", "LEGEND", "BUTTON", "DT", "DD", "SUMMARY", "OPTION", "FIGCAPTION", "CAPTION",
        "TH", "TD", "DIV", "SECTION", "ARTICLE", "FORM", "FIELDSET", "MAIN", "BLOCKQUOTE", "ADDRESS", "PRE", "NAV", "HEADER", "FOOTER", "UL", "OL", "DL",
    ];

    /// <summary>The text nodes a person sees (not in a hidden element, a drawing kept from screen readers, a template or a style).</summary>
    public static IEnumerable<IText> VisibleTexts(IElement root) =>
        root.GetDescendants().OfType<IText>().Where(t => !string.IsNullOrWhiteSpace(t.Data) && t.ParentElement is { } parent
            && !parent.AncestorsAndSelf().Any(e => e.HasAttribute("hidden") || e.GetAttribute("aria-hidden") == "true"
                || e.TagName is "TEMPLATE" or "STYLE" or "SCRIPT" or "NOSCRIPT" or "svg" or "SVG"));

    /// <summary>The visible text of <paramref name="root"/>, one string a block (a paragraph, an item, a button, a label…).</summary>
    public static IReadOnlyList<string> BlocksOf(IElement root) =>
    [
        .. VisibleTexts(root).GroupBy(t => t.ParentElement!.AncestorsAndSelf().First(e => Blocks.Contains(e.TagName.ToUpperInvariant()) || e == root))
            .Select(g => Space().Replace(string.Concat(g.Select(t => t.Data)), " ").Trim()).Where(b => b.Length > 0),
    ];

    /// <summary>A block's sentences: cut after a full stop, a question or exclamation mark, an ellipsis or a semicolon.</summary>
    public static IEnumerable<string> Sentences(string block) => SentenceEnd().Split(block).Select(s => s.Trim()).Where(s => Words(s).Count > 0);

    /// <summary>A sentence's words as a reader counts them: what stands between spaces, with a letter or a digit in it.</summary>
    public static IReadOnlyList<string> Words(string sentence) => [.. sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetterOrDigit))];

    /// <summary>The words of a text down to their parts ("l'identifiant" is "l" and "identifiant"), in lower case.</summary>
    public static IEnumerable<string> Parts(string text) =>
        Part().Matches(text).Select(m => m.Value.ToLower(CultureInfo.GetCultureInfo("fr")));

    /// <summary>An id or a code as the software knows it, which a person should never read (a Guid, its first 8 digits, a code like pay-bill-online).</summary>
    public static IEnumerable<string> Codes(string text) => Code().Matches(text).Select(m => m.Value);

    private static IEnumerable<IElement> AncestorsAndSelf(this IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement) yield return e;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"(?<=[.!?…;])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\p{L}\p{M}\p{Nd}]+")]
    private static partial Regex Part();

    [GeneratedRegex(@"\b(?:[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|(?=[a-f]*[0-9])(?=[0-9]*[a-f])[0-9a-f]{8}|[a-z0-9]+(?:-[a-z0-9]+){2,})\b")]
    private static partial Regex Code();
}
