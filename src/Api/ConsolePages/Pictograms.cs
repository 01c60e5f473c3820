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
        ["id"] = "<rect x='3' y='5' width='18' height='14' rx='2'/><circle cx='9' cy='11' r='2'/><path d='M6 16c1-2 5-2 6 0M14 10h4M14 14h3'/>",
        ["building"] = "<path d='M3 21h18M5 21V10M19 21V10M9 21v-6h6v6M2 10l10-6 10 6'/>",
        ["health"] = "<path d='M10 3h4v7h7v4h-7v7h-4v-7H3v-4h7z'/>",
        ["bank"] = "<path d='M3 21h18M4 10h16M12 3l9 5H3z'/><path d='M6 10v8M10 10v8M14 10v8M18 10v8'/>",
        ["bill"] = "<path d='M6 3h9l3 3v15H6z'/><path d='M9 9h6M9 13h6M9 17h4'/>",
        ["work"] = "<rect x='3' y='7' width='18' height='13' rx='2'/><path d='M9 7V4h6v3M3 12h18'/>",
        ["transport"] = "<rect x='5' y='3' width='14' height='14' rx='2'/><path d='M5 11h14M8 21l1-4M16 21l-1-4'/>",
        ["letter"] = "<rect x='3' y='5' width='18' height='14' rx='2'/><path d='m3 7 9 6 9-6'/>",
        ["school"] = "<path d='M2 9l10-5 10 5-10 5z'/><path d='M6 11v5c3 2 9 2 12 0v-5'/>",
        ["cart"] = "<path d='M3 4h2l3 11h10l3-8H7'/><circle cx='10' cy='19' r='1.5'/><circle cx='17' cy='19' r='1.5'/>",
        ["chat"] = "<path d='M4 5h16v10H9l-5 4z'/>",
    };

    public static IEnumerable<string> Names => Drawings.Keys;

    /// <summary>The pictogram of a service people ask about (the built-in list's codes); any other, the problem's.</summary>
    public static string OfService(string code) => code switch
    {
        "itsme" or "eid" => "id",
        "myminfin" or "ebox" or "cpas-ocmw" or "commune" or "mypension" or "family-allowance" or "housing" => "building",
        "health-insurance" or "mma-health" or "doctor-appointments" => "health",
        "bank" => "bank",
        "energy-supplier" or "water-supplier" or "telecom-operator" => "bill",
        "employment-office" => "work",
        "sncb-nmbs" or "stib-delijn-tec" => "transport",
        "post-bpost" => "letter",
        "school" => "school",
        "webshop" => "cart",
        "messaging-social" => "chat",
        _ => "problem",
    };

    /// <summary>The pictogram named <paramref name="name"/>, 1.5 em wide, in the current colour.</summary>
    public static IHtmlContent Of(string name) => new HtmlString(
        $"<svg class='pictogram' viewBox='0 0 24 24' width='32' height='32' aria-hidden='true' focusable='false' fill='none' stroke='currentColor' stroke-width='2' stroke-linecap='round' stroke-linejoin='round'>{Drawings[name]}</svg>");
}
