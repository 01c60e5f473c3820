using LivingLibrary.Api.Participants;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// The intake grid: the group's participants by the tasks chosen, levels typed in one go. Saving records one
/// assessment per person whose levels changed (POST /api/participants/{id}/assessments, the same decision), all in
/// one transaction: one refused cell and nothing is recorded.
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
        if (Refused(Group.MayRun(Caller)) is { } refusedGroup) return refusedGroup;
        var observedOn = Request.Date("observedOn");
        if (observedOn is null) ModelState.AddModelError("observedOn", Beside(Says.Required));
        var assessments = new List<(Participant Participant, RecordAssessment Command)>();
        var rows = Request.All("row");
        for (var row = 0; row < rows.Count; row++)
        {
            // A row that is no active participant of this group is what the API answers for one: not found.
            if (!Guid.TryParseExact(rows[row], "N", out var id) || Participants.FirstOrDefault(p => p.Id == id) is not { } participant) return NotFound();
            var levels = new List<AssessedLevel>();
            for (var column = 0; column < Columns.Count; column++)
            {
                var task = Columns[column];
                var name = CellName(row, column);
                if (Request.Text(name) is not { } typed) continue;
                if (!int.TryParse(typed, out var level) || level is < 1 or > 8)
                {
                    ModelState.AddModelError(name, Beside(Says.LevelOutOfRange(DigComp.MinLevel, DigComp.MaxLevel)));
                    continue;
                }
                if (participant.Levels.TryGetValue(task.Code, out var current) && current.Level == level) continue;
                levels.Add(new AssessedLevel(task.Code, level));
            }
            if (levels.Count > 0)
                assessments.Add((participant, new RecordAssessment(AssessmentSource.ObservedByFacilitator, null, observedOn, Intake: true, levels)));
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = 400;
            return Page();
        }

        var session = Writing();
        foreach (var (participant, command) in assessments)
        {
            var decision = command.Decide(participant, Skills, Today);
            if (Refused(decision.Refusal) is { } refused) return refused;
            var stream = await session.Events.FetchForWriting<Participant>(participant.Id);
            stream.AppendMany(decision.Events);
        }
        await session.SaveChangesAsync();
        var query = string.Concat(Columns.Select(t => $"&tasks={Uri.EscapeDataString(t.Code)}"));
        return LocalRedirect($"{ConsoleSetup.Prefix}/groups/{groupId}/intake?saved={assessments.Sum(a => a.Command.Levels!.Count)}{query}");
    }
}
