using LivingLibrary.Api.Diagnostic;
using LivingLibrary.Api.Participants;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// The intake grid: the group's participants by the tasks chosen, levels typed in one go. Saving sends the levels that
/// changed, row by row, as one assessment of the group (POST /api/groups/{id}/assessments): one refused cell and nothing
/// is recorded.
/// </summary>
public sealed class IntakeModel : ConsolePage
{
    private const int DefaultColumns = 6;

    public Group Group { get; private set; } = null!;
    public IReadOnlyList<Participant> Participants { get; private set; } = [];
    public IReadOnlyList<EverydayTask> Columns { get; private set; } = [];
    public int? SavedLevels { get; private set; }

    /// <summary>
    /// A cell is named by its row and column (the grid can be hundreds of cells: short names keep the page light); the
    /// form says which person each row is (hidden "row" inputs), so a person enrolled meanwhile cannot shift the rows.
    /// </summary>
    public static string CellName(int row, int column) => $"l{row}.{column}";

    /// <summary>What a cell shows: what was typed when the form comes back, else the latest level.</summary>
    public string? CellValue(Participant p, int row, int column) =>
        Request.HasFormContentType ? Request.Text(CellName(row, column)) : p.Levels.TryGetValue(Columns[column].Code, out var level) ? level.Level.ToString() : null;

    private async Task<IActionResult?> LoadAsync(Guid groupId, IReadOnlyList<string> tasks)
    {
        if (await VisibleGroupAsync(groupId) is not { } group) return NotFound();
        Group = group;
        Participants = await GetGroupParticipantsEndpoint.Get(group, Query);
        await LoadSkillsAsync();
        var chosen = tasks.Select(Skills.FindTask).OfType<EverydayTask>().DistinctBy(t => t.Code).ToList();
        if (chosen.Count == 0)
        {
            // What the group already works on, else the catalogue's first tasks.
            var used = Participants.SelectMany(p => p.Levels.Keys.Concat(p.Needs.Select(n => n.Skill)).Concat(p.Offers.Select(o => o.Skill))).ToHashSet();
            chosen = [.. Skills.Tasks.Where(t => used.Contains(t.Code))];
            if (chosen.Count == 0) chosen = [.. Skills.Tasks.Take(DefaultColumns)];
        }
        Columns = chosen;
        return null;
    }

    public async Task<IActionResult> OnGetAsync(Guid groupId, string[]? tasks, int? saved)
    {
        SavedLevels = saved;
        return await LoadAsync(groupId, tasks ?? []) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid groupId)
    {
        if (await LoadAsync(groupId, Request.All("tasks")) is { } missing) return missing;
        var people = new List<PersonAssessed>();
        var cells = new Dictionary<string, string>(); // the command's field: the cell it was typed in
        var rows = Request.All("row");
        for (var row = 0; row < rows.Count; row++)
        {
            // A row that is nobody of the group is sent as typed: the API answers it is not found.
            if (!Guid.TryParseExact(rows[row], "N", out var id)) return NotFound();
            var shown = Participants.FirstOrDefault(p => p.Id == id);
            var levels = new List<AssessedLevel>();
            for (var column = 0; column < Columns.Count; column++)
            {
                var name = CellName(row, column);
                if (Request.Text(name) is not { } typed) continue;
                if (!int.TryParse(typed, out var level))
                {
                    ModelState.AddModelError(name, Beside(Says.LevelOutOfRange(DigComp.MinLevel, DigComp.MaxLevel)));
                    continue;
                }
                if (shown is not null && shown.Levels.TryGetValue(Columns[column].Code, out var current) && current.Level == level) continue;
                cells[$"people[{people.Count}].levels[{levels.Count}].level"] = name;
                levels.Add(new AssessedLevel(Columns[column].Code, level));
            }
            if (levels.Count > 0) people.Add(new PersonAssessed(id, levels));
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = 400;
            return Page();
        }

        var grid = $"{ConsoleSetup.Prefix}/groups/{groupId}/intake?{string.Join('&', Columns.Select(t => $"tasks={Uri.EscapeDataString(t.Code)}"))}";
        if (people.Count == 0) return LocalRedirect(AtMessage($"{grid}&saved=0"));
        var command = new RecordGroupAssessments(AssessmentSource.ObservedByFacilitator, null, Request.Date("observedOn"), Intake: true, people);
        return await SendAsync(HttpMethod.Post, $"/api/groups/{groupId}/assessments", command,
            answer => $"{grid}&saved={answer.Read<GroupAssessed>().Levels}", onPage: refusal => OnCells(refusal, cells));
    }

    /// <summary>The API names a level by its place in the command (people[0].levels[1].level); the page, by its cell.</summary>
    private Refusal OnCells(Refusal refusal, IReadOnlyDictionary<string, string> cells) =>
        refusal is { Kind: RefusalKind.Invalid, Errors: { } errors }
            ? refusal with
            {
                Errors = errors.GroupBy(e => cells.GetValueOrDefault(e.Key) ?? (e.Key == "assessedOn" ? "observedOn" : e.Key))
                    .ToDictionary(g => g.Key, g => g.SelectMany(e => cells.ContainsKey(e.Key) ? [Says.LevelOutOfRange(DigComp.MinLevel, DigComp.MaxLevel)] : e.Value).ToArray()),
            }
            : refusal;
}
