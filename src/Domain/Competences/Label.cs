namespace LivingLibrary.Domain.Competences;

/// <summary>A name or description in the three languages the reference data is kept in.</summary>
public sealed record Label(string Fr, string Nl, string En)
{
    /// <summary>
    /// Most of the public is francophone Belgium, so French stands in for any other language
    /// and for a translation an organisation has not written.
    /// </summary>
    public const string FallbackLanguage = "fr";

    /// <summary>
    /// The text in <paramref name="language"/> ("fr", "nl", "en"; a region such as "nl-BE" and the
    /// case are ignored). Any other language, or a blank translation, gives French, then Dutch, then English.
    /// </summary>
    public string In(string? language)
    {
        var wanted = PrimaryTag(language) switch
        {
            "nl" => Nl,
            "en" => En,
            _ => Fr,
        };
        return new[] { wanted, Fr, Nl, En }.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? "";
    }

    private static string PrimaryTag(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return FallbackLanguage;
        var dash = language.IndexOf('-');
        return (dash < 0 ? language : language[..dash]).Trim().ToLowerInvariant();
    }
}
