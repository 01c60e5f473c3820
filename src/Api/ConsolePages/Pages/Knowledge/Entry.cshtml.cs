using LivingLibrary.Api.Cases;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// A knowledge entry (GET /api/knowledge/{id}), and its way to publication, each the API's decision: reviewed by
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

    private async Task<IActionResult> DecideAsync(Guid entryId, string form, Func<KnowledgeEntry, Decision> decide)
    {
        if (await LoadAsync(entryId) is { } missing) return missing;
        var session = Writing();
        var stream = await session.Events.FetchForWriting<KnowledgeEntry>(entryId);
        var decision = decide(stream.Aggregate!);
        if (Refused(decision.Refusal, prefix: form + ".") is { } page) return page;
        stream.AppendMany(decision.Events);
        await session.SaveChangesAsync();
        return LocalRedirect($"{ConsoleSetup.Prefix}/knowledge/{entryId}?saved={form}");
    }

    /// <summary>POST /api/knowledge/{id}/review.</summary>
    public Task<IActionResult> OnPostReviewAsync(Guid entryId) => DecideAsync(entryId, "review", e => ReviewKnowledgeEntry.Decide(e, Caller.UserId));

    /// <summary>POST /api/knowledge/{id}/publish.</summary>
    public Task<IActionResult> OnPostPublishAsync(Guid entryId) => DecideAsync(entryId, "publish", e => PublishKnowledgeEntry.Decide(e, Today));

    /// <summary>POST /api/knowledge/{id}/helped.</summary>
    public Task<IActionResult> OnPostHelpedAsync(Guid entryId) => DecideAsync(entryId, "helped", e => RecordEntryHelped.Decide(e, Today));

    /// <summary>POST /api/knowledge/{id}/revise; its skills are kept as they are.</summary>
    public Task<IActionResult> OnPostReviseAsync(Guid entryId) => DecideAsync(entryId, "revise", e =>
        new ReviseKnowledgeEntry(Request.Text("revise.title"), Request.Text("revise.situation"), Request.Lines("revise.steps"), Request.Text("revise.service"),
            Request.Text("revise.difficulty"), e.Content.Skills, Request.Text("revise.language")).Decide(e, Services, Skills));
}
