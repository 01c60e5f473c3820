using System.Text.Json;
using System.Text.Json.Serialization;
using LivingLibrary.Domain;
using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Projections.Pairings;

namespace LivingLibrary.Projections.Library;

/// <summary>What a group's facilitators read again and again, computed from its members and their pairings.</summary>
public sealed record GroupViews(
    CatalogueView Catalogue,
    SkillMapView SkillMap,
    IReadOnlyList<HelperLoad> HelperLoad,
    IReadOnlyList<UnmatchedNeedEntry> UnmatchedNeeds,
    GroupPairingStats PairingStats)
{
    /// <param name="members">The group's participants now.</param>
    /// <param name="pairingsOfMembers">Every pairing any member is in, as learner or helper, whatever its group.</param>
    /// <param name="latestSuggestion">The latest suggestion that covered the group: the reasons of its unmatched needs.</param>
    public static GroupViews Build(Guid groupId, IReadOnlyList<Participant> members, IReadOnlyList<Pairing> pairingsOfMembers,
        SuggestionRecord? latestSuggestion, SkillCatalogue skills) =>
        new(CatalogueView.Build(members, skills),
            SkillMapView.Build(members, skills),
            PairingViews.Loads(members, pairingsOfMembers),
            PairingViews.UnmatchedNeeds(members, pairingsOfMembers, latestSuggestion),
            PairingViews.StatsOf(groupId, pairingsOfMembers.Where(p => p.GroupId == groupId)));
}

/// <summary>
/// A group's views as stored by <see cref="GroupLibraryProjection"/>: each part already in the API's
/// JSON (<see cref="ViewJson"/>), so that it is served as stored.
/// </summary>
public sealed record GroupLibrary(Guid Id, JsonElement Catalogue, JsonElement SkillMap, JsonElement HelperLoad,
    JsonElement UnmatchedNeeds, JsonElement PairingStats)
{
    public static GroupLibrary Of(Guid groupId, GroupViews views) =>
        new(groupId, ViewJson.Of(views.Catalogue), ViewJson.Of(views.SkillMap), ViewJson.Of(views.HelperLoad),
            ViewJson.Of(views.UnmatchedNeeds), ViewJson.Of(views.PairingStats));

    /// <summary>The stored parts, by the name of their JSON property.</summary>
    public const string CataloguePart = "catalogue", SkillMapPart = "skillMap", HelperLoadPart = "helperLoad",
        UnmatchedNeedsPart = "unmatchedNeeds", PairingStatsPart = "pairingStats";
}

/// <summary>The API's JSON (web defaults, enums as their camelCase names: <see cref="Choices"/>, numbers only as JSON numbers); the API's HTTP options are the same.</summary>
public static class ViewJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new ChoiceJsonConverter());
        // The web defaults also read "3" as 3, which the OpenAPI document then has to type ["integer","string"].
        options.NumberHandling = JsonNumberHandling.Strict;
        return options;
    }

    public static JsonElement Of<T>(T view) => JsonSerializer.SerializeToElement(view, Options);
}
