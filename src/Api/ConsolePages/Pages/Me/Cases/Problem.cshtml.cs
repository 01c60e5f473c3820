namespace LivingLibrary.Api.ConsolePages.Pages.Me.Cases;

/// <summary>
/// "J'ai un problème": what they were trying to do, what happened, by when, and whether to tell the group; sent as the
/// staff's PostCase through the API, for themself in their own group (docs/adr/0026).
/// </summary>
public sealed class ProblemModel : MePage
{
    /// <summary>A participant does not sort their problem into kinds: the facilitator may correct it later.</summary>
    public const string Difficulty = "other";

    private async Task<IActionResult?> LoadAsync()
    {
        if (await LoadMeAsync() is null) return NotFound();
        await LoadServicesAsync();
        return null;
    }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } missing) return missing;
        var command = new PostCase(Me, Request.Text("goal"), Request.Text("service"), Difficulty, null, null, Request.Date("dueOn"),
            Request.Text("share") == "true");
        var sent = await SendAsync($"/api/groups/{Participant.GroupId}/cases", command,
            answer => $"{Home}/cases/{answer.Read<CreatedId>().Id}?posted=true");
        InPlainWords();
        return sent;
    }

    /// <summary>The API's words name codes and bounds; here each answer at fault gets one plain sentence instead.</summary>
    private void InPlainWords()
    {
        foreach (var (field, word) in Plain)
            if (ModelState.Remove(field)) ModelState.AddModelError(field, T(word));
    }

    private static readonly (string Field, Word Word)[] Plain =
    [
        ("service", Words.MeProblemServiceMissing),
        ("goal", Words.MeProblemWhatMissing),
        ("dueOn", Words.MeProblemWhenWrong),
    ];
}
