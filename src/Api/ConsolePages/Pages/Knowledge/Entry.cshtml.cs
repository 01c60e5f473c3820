using LivingLibrary.Api.Cases;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// A knowledge entry (GET /api/knowledge/{id}), and its way to publication, each sent through the API: reviewed by
/// someone other than its author, published, marked as helpful; revised, when it is a draft again.
/// </summary>
public sealed class EntryModel : CasePage
{
    public KnowledgeEntry Entry { get; private set; } = null!;
    public bool MaySeeSource { get; private set; }
    public string? Saved { get; private set; }

    /// <summary>Whether the caller is who may review it now: a draft, someone other than its author.</summary>
    public bool MayReview => Entry.Status == KnowledgeStatus.Draft && Entry.AuthorId != Caller.UserId;

    private async Task<IActionResult?> LoadAsync(Guid entryId)
    {
        if (await Query.LoadAsync<KnowledgeEntry>(entryId) is not { } entry) return NotFound();
        Entry = entry;
        MaySeeSource = await Query.MayActOnAsync(await Query.LoadAsync<ProblemCase>(entry.SourceCaseId), User) is null;
        await LoadListsAsync();
        return null;
    }

    public async Task<IActionResult> OnGetAsync(Guid entryId, string? saved)
    {
        Saved = saved;
        return await LoadAsync(entryId) ?? Page();
    }

    /// <summary>Sends one of the entry's commands through the API (docs/adr/0022); a refusal shows the entry again, the reason on the form sent.</summary>
    private async Task<IActionResult> SendAsync(Guid entryId, string form, object? command = null)
    {
        var sent = await SendAsync($"/api/knowledge/{entryId}/{form}", command, _ => $"{ConsoleSetup.Prefix}/knowledge/{entryId}?saved={form}", form + ".");
        return await ShownWith(sent, () => LoadAsync(entryId));
    }

    /// <summary>POST /api/knowledge/{id}/review.</summary>
    public Task<IActionResult> OnPostReviewAsync(Guid entryId) => SendAsync(entryId, "review");

    /// <summary>POST /api/knowledge/{id}/publish.</summary>
    public Task<IActionResult> OnPostPublishAsync(Guid entryId) => SendAsync(entryId, "publish");

    /// <summary>POST /api/knowledge/{id}/helped.</summary>
    public Task<IActionResult> OnPostHelpedAsync(Guid entryId) => SendAsync(entryId, "helped");

    /// <summary>POST /api/knowledge/{id}/revise; its skills are kept as they are.</summary>
    public async Task<IActionResult> OnPostReviseAsync(Guid entryId) => await SendAsync(entryId, "revise",
        new ReviseKnowledgeEntry(Request.Text("revise.title"), Request.Text("revise.situation"), Request.Lines("revise.steps"), Request.Text("revise.service"),
            Request.Text("revise.difficulty"), (await Query.LoadAsync<KnowledgeEntry>(entryId))?.Content.Skills, Request.Text("revise.language")));
}
