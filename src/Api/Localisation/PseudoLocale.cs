using System.Globalization;
using System.Text;

namespace LivingLibrary.Api.Localisation;

/// <summary>
/// A right-to-left pseudo-language for Development and the tests (docs/adr/0028): <c>?language=ar-XB</c>, the bidi
/// pseudo-locale ICU and Android name, is right-to-left as Arabic is (its culture's <see cref="TextInfo.IsRightToLeft"/>), and
/// the catalogue says its French words with accented letters, longer and in brackets, so that a page shows at a glance a
/// word that does not come from the catalogue, a layout that is not ready for a right-to-left script, or one that breaks
/// with longer words. When a translator adds Arabic, nothing else changes: the same culture property turns the pages.
/// </summary>
public static class PseudoLocale
{
    public const string Name = "ar-XB";

    public static bool IsCurrent => CultureInfo.CurrentUICulture.Name == Name;

    private const string Plain = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Accented = "ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ";

    /// <summary>
    /// The text with each letter accented and each vowel doubled (about a third longer, as German or Dutch often are), in
    /// brackets; its <c>{arguments}</c> are kept as they are, for the catalogue to fill in.
    /// </summary>
    public static string Of(string text)
    {
        var said = new StringBuilder("[", text.Length * 3 / 2);
        var inArgument = false;
        foreach (var c in text)
        {
            inArgument = c == '{' || (inArgument && c != '}');
            var at = Plain.IndexOf(c);
            if (inArgument || c == '}' || at < 0) said.Append(c);
            else said.Append(Accented[at]).Append("aeiouAEIOU".Contains(c) ? Accented[at].ToString() : "");
        }
        return said.Append(']').ToString();
    }

    /// <summary>Whether a text holds a word of the pseudo-language (a letter only <see cref="Of"/> writes).</summary>
    public static bool Says(string text) => text.Any(c => Accented.Contains(c));
}
