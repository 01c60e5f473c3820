using LivingLibrary.Api.Library;
using System.Text.Json;
using LivingLibrary.Projections.Library;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// A group's living library: who can help with what and who wants to learn it (GET /api/groups/{id}/catalogue), and its
/// skill map as counts per task and competence (GET /api/groups/{id}/skill-map). Both are the views the API serves, as
/// stored (a second behind the last command at most), with the same access rule.
/// </summary>
public sealed class LibraryModel : ConsolePage
{
    public Group Group { get; private set; } = null!;
    public CatalogueView Catalogue { get; private set; } = null!;
    public SkillMapView SkillMap { get; private set; } = null!;
    public IReadOnlyList<MapRow> Map { get; private set; } = [];
    public int People { get; private set; }

    /// <summary>One line of the map: how many can help, want to learn, and are at each band (not assessed first).</summary>
    public sealed record MapRow(string Code, string Name, int Helpers, int Learners, IReadOnlyList<int> Bands);


    /// <summary>How dark a cell is, 0 to 4, from the share of the group it counts; the number is always written too.</summary>
    public string Heat(int count) =>
        count == 0 || People == 0 ? "heat" : $"heat h{Math.Clamp((int)Math.Ceiling(4.0 * count / People), 1, 4)}";

    public async Task<IActionResult> OnGetAsync(Guid groupId)
    {
        if (await VisibleGroupAsync(groupId, GroupLibrary.CataloguePart, GroupLibrary.SkillMapPart) is not { } read) return NotFound();
        var group = Group = read.Group;
        await LoadSkillsAsync();
        if (read.Parts is [{ } catalogue, { } skillMap])
        {
            Catalogue = JsonSerializer.Deserialize<CatalogueView>(catalogue, ViewJson.Options)!;
            SkillMap = JsonSerializer.Deserialize<SkillMapView>(skillMap, ViewJson.Options)!;
        }
        else
        {
            // Not stored yet (a group just created): computed from the events, as the endpoints answer then.
            var members = await Query.GroupParticipantsAsync(group.Id, null);
            Catalogue = CatalogueView.Build(members, Skills);
            SkillMap = SkillMapView.Build(members, Skills);
        }
        People = SkillMap.Participants.Count;

        var entries = Catalogue.Skills.ToDictionary(e => e.Skill);
        // Every task and competence someone offers, wants or was seen at: the tasks first, as beginners think.
        var codes = SkillMap.Tasks.Concat(entries.Keys.Where(c => !DigComp.IsCompetence(c))).Distinct().Order(StringComparer.Ordinal)
            .Concat(SkillMap.Competences.Where(c => entries.ContainsKey(c) || SkillMap.Distribution[c].NotAssessed < People));
        Map =
        [
            .. codes.Select(code =>
            {
                var bands = SkillMap.Distribution.TryGetValue(code, out var d)
                    ? new[] { d.NotAssessed, d.Foundation, d.Intermediate, d.Advanced, d.HighlySpecialised }
                    : [People, 0, 0, 0, 0];
                var entry = entries.GetValueOrDefault(code);
                return new MapRow(code, SkillName(code), entry?.Helpers.Count ?? 0, entry?.Learners.Count ?? 0, bands);
            }),
        ];
        return Page();
    }
}
