using Microsoft.AspNetCore.Html;

namespace LivingLibrary.Api.ConsolePages;

/// <summary>
/// The pictograms beside the participants' main actions (docs/adr/0026): small inline SVG drawn in the text's colour, hidden
/// from screen readers (the words beside them say it). No file to fetch on a weak connection.
/// </summary>
public static class Pictograms
{
    private static readonly Dictionary<string, string> Drawings = new()
    {
        ["home"] = "<path d='M3 11 12 3l9 8'/><path d='M5 10v10h5v-6h4v6h5V10'/>",
        ["problem"] = "<circle cx='12' cy='12' r='9'/><path d='M12 7v6'/><path d='M12 16.5v.5'/>",
        ["cases"] = "<rect x='4' y='3' width='16' height='18' rx='2'/><path d='M8 8h8M8 12h8M8 16h5'/>",
        ["pairing"] = "<circle cx='8' cy='8' r='3'/><circle cx='16' cy='8' r='3'/><path d='M3 20c0-4 2-6 5-6s5 2 5 6M11 20c0-4 2-6 5-6s5 2 5 6'/>",
        ["helped"] = "<path d='M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.5A4 4 0 0 1 19 10c0 5.5-7 10-7 10z'/>",
        ["evaluation"] = "<rect x='4' y='3' width='16' height='18' rx='2'/><path d='m7 9 2 2 3-3M7 15l2 2 3-3M14 10h3M14 16h3'/>",
        ["progress"] = "<path d='M4 20h4v-5H4zM10 20h4V10h-4zM16 20h4V4h-4z'/>",
        ["data"] = "<rect x='5' y='10' width='14' height='10' rx='2'/><path d='M8 10V7a4 4 0 0 1 8 0v3'/>",
        ["signin"] = "<path d='M10 4H5v16h5'/><path d='M14 8l4 4-4 4M18 12H9'/>",
        ["signout"] = "<path d='M14 4h5v16h-5'/><path d='M10 8l-4 4 4 4M6 12h9'/>",
        ["yes"] = "<path d='m5 12 5 5 9-10'/>",
        ["no"] = "<path d='M6 6l12 12M18 6 6 18'/>",
        ["photo"] = "<rect x='3' y='6' width='18' height='14' rx='2'/><circle cx='12' cy='13' r='4'/><path d='M8 6l2-3h4l2 3'/>",
        ["pen"] = "<path d='M4 20h4L19 9l-4-4L4 16z'/><path d='m13 7 4 4'/>",
        ["calendar"] = "<rect x='3' y='5' width='18' height='16' rx='2'/><path d='M3 10h18M8 3v4M16 3v4'/>",
    };

    public static IEnumerable<string> Names => Drawings.Keys;

    /// <summary>The pictogram named <paramref name="name"/>, 1.5 em wide, in the current colour.</summary>
    public static IHtmlContent Of(string name) => new HtmlString(
        $"<svg class='pictogram' viewBox='0 0 24 24' width='32' height='32' aria-hidden='true' focusable='false' fill='none' stroke='currentColor' stroke-width='2' stroke-linecap='round' stroke-linejoin='round'>{Drawings[name]}</svg>");
}
