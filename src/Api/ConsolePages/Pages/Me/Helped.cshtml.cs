using LivingLibrary.Api.Participants;

namespace LivingLibrary.Api.ConsolePages.Pages.Me;

/// <summary>
/// "J'ai aidé quelqu'un" (docs/adr/0026): the participant says they helped someone around them with an everyday task, on a
/// day, and how if they like; never whom. The same endpoint a facilitator records it with.
/// </summary>
public sealed class HelpedModel : MePage
{
    public IReadOnlyList<HelpAroundEntry> Entries { get; private set; } = [];
    public bool Saved { get; private set; }

    private async Task<IActionResult?> LoadAsync()
    {
        if (await GetMyHelpAroundEndpoint.ReadAsync(Query, Caller) is not { } mine) return NotFound();
        Entries = mine;
        await LoadSkillsAsync();
        return null;
    }

    public async Task<IActionResult> OnGetAsync(bool saved)
    {
        Saved = saved;
        return await LoadAsync() ?? Page();
    }

    /// <summary>POST /api/participants/{me}/helped-around.</summary>
    public async Task<IActionResult> OnPostAsync() =>
        await ShownWith(await SendAsync($"/api/participants/{Me}/helped-around",
            new RecordHelpAround(Request.Text("task"), Request.Date("on"), Request.Text("how")), _ => $"{Home}/helped?saved=true"), LoadAsync);

    /// <summary>The organisation's everyday tasks, in its words: what people do, never codes.</summary>
    public IEnumerable<Choice> Tasks => Skills.Tasks.Select(t => new Choice(t.Code, In(t.Name)));
}
