using System.Globalization;

namespace LivingLibrary.Api.PublicDirectory;

/// <summary>
/// The directory in data·inclusion's schema v1 (github.com/gip-inclusion/data-inclusion-schema, docs/adr/0032): each
/// desk a structure (a place that welcomes the public) with one service, help with online procedures, that people reach
/// by walking in. Words in French, as the standard's own. What the schema asks and the directory does not know (a phone,
/// an e-mail, a French postcode or INSEE code, a SIRET, fees) stays null: Belgian postcodes have four digits, the schema's five.
/// </summary>
public sealed record DataInclusionExport(IReadOnlyList<DataInclusionStructure> Structures, IReadOnlyList<DataInclusionService> Services)
{
    public const string Source = "livinglibrary";

    public static DataInclusionExport Of(IEnumerable<DirectoryDesk> desks)
    {
        var all = desks.ToList();
        return new([.. all.Select(DataInclusionStructure.Of)], [.. all.Select(DataInclusionService.Of)]);
    }

    public static string IdOf(DirectoryDesk desk) => $"{Source}--{desk.DeskId:D}";

    public static string DateOf(DirectoryDesk desk) => desk.LastModified.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The weekly hours in OpenStreetMap's opening_hours syntax: "Tu 09:30-12:00,13:00-16:00; Th 14:00-17:00".</summary>
    public static string? OpeningHours(IReadOnlyList<WeeklyHours> hours) =>
        hours.Count == 0 ? null : string.Join("; ", hours.GroupBy(h => h.Day).OrderBy(g => ((int)g.Key + 6) % 7).Select(day =>
            $"{OsmDays[(int)day.Key]} {string.Join(",", day.OrderBy(h => h.From).Select(h => $"{h.From:HH\\:mm}-{h.Until:HH\\:mm}"))}"));

    private static readonly string[] OsmDays = ["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"];

    /// <summary>A name the schema takes (3 to 150 characters).</summary>
    public static string Nom(string name) => (name.Trim().Length >= 3 ? name.Trim() : $"Permanence {name.Trim()}") is var n && n.Length > 150 ? n[..150] : n;
}

public sealed record DataInclusionStructure(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("nom")] string Nom,
    [property: JsonPropertyName("date_maj")] string DateMaj,
    [property: JsonPropertyName("adresse")] string? Adresse,
    [property: JsonPropertyName("horaires_accueil")] string? HorairesAccueil,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("reseaux_porteurs")] IReadOnlyList<string>? ReseauxPorteurs)
{
    /// <summary>Host places that are one of the schema's networks of structures.</summary>
    private static readonly Dictionary<string, string> Networks = new()
    {
        ["food-bank"] = "banques-alimentaires",
        ["social-services"] = "ccas-cias",
        ["public-digital-space"] = "espaces-publics-numeriques",
        ["municipal-office"] = "communes",
    };

    public static DataInclusionStructure Of(DirectoryDesk desk) =>
        new(DataInclusionExport.Source, DataInclusionExport.IdOf(desk), DataInclusionExport.Nom(desk.Name), DataInclusionExport.DateOf(desk), desk.Place,
            DataInclusionExport.OpeningHours(desk.Hours), Describe(desk),
            desk.HostPlace is { } host && Networks.TryGetValue(host.Code, out var network) ? [network] : null);

    private static string Describe(DirectoryDesk desk) => string.Join(" ", new[]
    {
        "Permanence d'aide numérique, sans rendez-vous.",
        desk.HostPlace is { } host ? $"Lieu d'accueil : {host.Name}." : null,
        desk.Postcode is { } postcode ? $"Code postal (Belgique) : {postcode}." : null,
        desk.Languages.Count > 0 ? $"Langues parlées : {string.Join(", ", desk.Languages)}." : null,
        desk.Accessibility.Count > 0 ? $"Accessibilité : {string.Join(", ", desk.Accessibility.Select(a => a.Name))}." : null,
        desk.StaffKinds.Count > 0 ? $"Accueil par : {string.Join(", ", desk.StaffKinds.Select(k => k.Name))}." : null,
    }.OfType<string>());
}

public sealed record DataInclusionService(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("structure_id")] string StructureId,
    [property: JsonPropertyName("nom")] string Nom,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("date_maj")] string DateMaj,
    [property: JsonPropertyName("adresse")] string? Adresse,
    [property: JsonPropertyName("horaires_accueil")] string? HorairesAccueil,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("thematiques")] IReadOnlyList<string> Thematiques,
    [property: JsonPropertyName("publics")] IReadOnlyList<string> Publics,
    [property: JsonPropertyName("modes_accueil")] IReadOnlyList<string> ModesAccueil,
    [property: JsonPropertyName("modes_mobilisation")] IReadOnlyList<string> ModesMobilisation,
    [property: JsonPropertyName("mobilisable_par")] IReadOnlyList<string> MobilisablePar)
{
    public static DataInclusionService Of(DirectoryDesk desk) =>
        new(DataInclusionExport.Source, $"{DataInclusionExport.IdOf(desk)}--aide-numerique", DataInclusionExport.IdOf(desk),
            DataInclusionExport.Nom($"Aide aux démarches en ligne : {desk.Name}"), Describe(desk), DataInclusionExport.DateOf(desk), desk.Place,
            DataInclusionExport.OpeningHours(desk.Hours), "accompagnement",
            ["numerique--acceder-a-des-services-en-ligne", "numerique--maitriser-les-fondamentaux-du-numerique",
             "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives"],
            ["tous-publics"], ["en-presentiel"], ["se-presenter"], ["usagers"]);

    private static string Describe(DirectoryDesk desk) =>
        "Aide, sans rendez-vous, pour les démarches et services en ligne"
        + (desk.Services.Count > 0 ? $" : {string.Join(", ", desk.Services.Select(s => s.Name))}." : ".");
}

/// <summary>The network's directory in data·inclusion's schema, without signing in (docs/adr/0032).</summary>
public static class GetDataInclusionExportEndpoint
{
    public static Task<Network?> LoadAsync(Guid networkId, IQuerySession session) => session.LoadAsync<Network>(networkId);

    public static ProblemDetails Validate(Network? network) => Problems.FirstOf(network is null ? Refusal.NotFound(Thing.Network) : null);

    [WolverineGet("/api/networks/{networkId}/directory/data-inclusion"), Tags("Directory"), Microsoft.AspNetCore.Authorization.AllowAnonymous, Public,
     Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(DirectoryLimits.Policy)]
    [EndpointSummary("The network's desks in data·inclusion's schema v1 (structures and services), without signing in; words in French")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests)]
    public static async Task<DataInclusionExport> Get([NotBody] Network network, IDocumentStore store) =>
        DataInclusionExport.Of(DirectoryReads.Directory(network.Name, await store.MemberDesksAsync(network.Members),
            new DirectoryFilter(null, null, null, null), "fr").Desks);
}
