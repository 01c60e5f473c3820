namespace LivingLibrary.Api.Reports;

/// <summary>
/// The names of the languages most spoken in Belgian groups, for printed reports: a list of our own rather than the
/// machine's culture data, so that a report reads the same wherever it is regenerated. Others read as their code.
/// </summary>
public static class LanguageNames
{
    public static IReadOnlyDictionary<string, Label> Known { get; } = new Dictionary<string, Label>
    {
        ["fr"] = new("français", "Frans", "French"),
        ["nl"] = new("néerlandais", "Nederlands", "Dutch"),
        ["de"] = new("allemand", "Duits", "German"),
        ["en"] = new("anglais", "Engels", "English"),
        ["ar"] = new("arabe", "Arabisch", "Arabic"),
        ["tr"] = new("turc", "Turks", "Turkish"),
        ["ber"] = new("berbère", "Berbers", "Berber"),
        ["es"] = new("espagnol", "Spaans", "Spanish"),
        ["it"] = new("italien", "Italiaans", "Italian"),
        ["pt"] = new("portugais", "Portugees", "Portuguese"),
        ["ro"] = new("roumain", "Roemeens", "Romanian"),
        ["pl"] = new("polonais", "Pools", "Polish"),
        ["bg"] = new("bulgare", "Bulgaars", "Bulgarian"),
        ["ru"] = new("russe", "Russisch", "Russian"),
        ["uk"] = new("ukrainien", "Oekraïens", "Ukrainian"),
        ["sq"] = new("albanais", "Albanees", "Albanian"),
        ["fa"] = new("persan", "Perzisch", "Persian"),
        ["prs"] = new("dari", "Dari", "Dari"),
        ["ps"] = new("pachto", "Pasjtoe", "Pashto"),
        ["so"] = new("somali", "Somalisch", "Somali"),
        ["ti"] = new("tigrigna", "Tigrinya", "Tigrinya"),
        ["am"] = new("amharique", "Amhaars", "Amharic"),
        ["ln"] = new("lingala", "Lingala", "Lingala"),
        ["sw"] = new("swahili", "Swahili", "Swahili"),
        ["wo"] = new("wolof", "Wolof", "Wolof"),
        ["ff"] = new("peul", "Fula", "Fula"),
    };
}
