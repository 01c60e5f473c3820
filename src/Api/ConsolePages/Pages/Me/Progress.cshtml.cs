namespace LivingLibrary.Api.ConsolePages.Pages.Me;

/// <summary>
/// What a participant can do now that they could not at intake, task by task, in plain words: the staff's progress of one
/// person (GET /api/participants/{id}/progress, for themself only, journalled as read by them), tasks only (no framework).
/// </summary>
public sealed class ProgressModel : MePage
{
    /// <summary>The tasks known before and now, those they moved up on first.</summary>
    public IReadOnlyList<SkillProgress> Tasks { get; private set; } = [];

    /// <summary>How many people they helped as a helper of a pairing.</summary>
    public int Helped { get; private set; }

    /// <summary>What they came to, kind by kind.</summary>
    public IReadOnlyList<Came> Came { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadMeAsync() is null) return NotFound();
        var answer = await Api.SendAsync(HttpContext, HttpMethod.Get, $"/api/participants/{Me}/progress");
        if (Refused(answer) is { } refused) return refused;
        var progress = answer.Read<PersonProgress>()!;
        Tasks = [.. progress.Skills.Where(s => !DigComp.IsCompetence(s.Skill) && s.Before() is not null && s.Now() is not null)
            .OrderByDescending(s => s.Now() > s.Before())];
        Helped = progress.HelpGiven.Pairings;
        Came = progress.Came;
        await LoadSkillsAsync();
        return Page();
    }
}
