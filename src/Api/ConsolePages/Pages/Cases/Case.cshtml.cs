using LivingLibrary.Api.Cases;
using LivingLibrary.Api.Journal;
using LivingLibrary.Api.Knowledge;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// A case (GET /api/cases/{id}) and its timeline (GET /api/cases/{id}/timeline), each read written in the access journal
/// as the API's do; and what can be done with it, each form the API's command with the same rule and decision:
/// an accompaniment, resolving, referring to a suggested partner, the referral's follow-up, closing, reopening, and a
/// knowledge entry written from it.
/// </summary>
public sealed class CaseModel : CasePage
{
    public ProblemCase Problem { get; private set; } = null!;
    public CaseView View { get; private set; } = null!;
    public IReadOnlyList<HistoryEntry> Timeline { get; private set; } = [];
    public Group? Group { get; private set; }
    public DropInDesk? Desk { get; private set; }
    public string? PersonName { get; private set; }
    public IReadOnlyList<PartnerSuggestionView> Suggestions { get; private set; } = [];
    public IReadOnlyList<Partner> OtherPartners { get; private set; } = [];
    public Partner? ReferredTo { get; private set; }
    public IReadOnlyList<KnowledgeEntry> Entries { get; private set; } = [];
    public string? Saved { get; private set; }
    private IReadOnlyList<Partner> partners = [];

    private async Task<IActionResult?> LoadAsync(Guid caseId)
    {
        var problem = await Query.LoadAsync<ProblemCase>(caseId);
        if (await Query.MayActOnAsync(problem, User) is not null) return NotFound();
        Problem = problem!;
        View = await GetCaseEndpoint.Get(Problem, Query, Response);
        Response.Headers.Remove("ETag"); // the API's version of the case, not of this page
        Timeline = await GetCaseTimelineEndpoint.Get(Problem, Query);
        Suggestions = await GetPartnerSuggestionsEndpoint.Get(Problem, Query, Wording);
        partners = await Query.Query<Partner>().ToListAsync();
        OtherPartners = [.. partners.Where(p => p.IsActive && Suggestions.All(s => s.PartnerId != p.Id)).OrderBy(p => p.Details.Name, StringComparer.Ordinal)];
        ReferredTo = Problem.Referral is { } referral ? partners.FirstOrDefault(p => p.Id == referral.PartnerId) : null;
        Entries = await Query.Query<KnowledgeEntry>().Where(e => e.SourceCaseId == Problem.Id).ToListAsync();
        if (Problem.GroupId is { } groupId)
        {
            Group = await Query.LoadAsync<Group>(groupId);
            var participant = Problem.ParticipantId is { } id ? await Query.LoadAsync<Participant>(id) : null;
            PersonName = participant?.Person.DisplayName;
        }
        if (Problem.DeskId is { } deskId)
        {
            Desk = await Query.LoadAsync<DropInDesk>(deskId);
            PersonName = Problem.Visitor?.Pseudonym;
        }
        await LoadListsAsync();
        return null;
    }

    /// <summary>The page shows the case and its timeline: two reads of the person's data, journalled as the API's two routes are.</summary>
    private Task<IActionResult> Shown(IActionResult result) =>
        Problem.ParticipantId is { } participant
            ? Journalled(result, PersonKind.Participant, participant, Problem.Id, PersonalRead.Case, PersonalRead.CaseTimeline)
            : Journalled(result, PersonKind.Visitor, Problem.Visitor!.VisitorId, Problem.Id, PersonalRead.Case, PersonalRead.CaseTimeline);

    public async Task<IActionResult> OnGetAsync(Guid caseId, string? saved)
    {
        Saved = saved;
        return await LoadAsync(caseId) ?? await Shown(Page());
    }

    /// <summary>Decides on the case as the stream has it, as the API's [WriteAggregate] does; appends, or shows the refusal on its form.</summary>
    private async Task<IActionResult> DecideAsync(Guid caseId, string form, Func<ProblemCase, Task<Decision>> decide)
    {
        if (await LoadAsync(caseId) is { } missing) return missing;
        var session = Writing();
        var stream = await session.Events.FetchForWriting<ProblemCase>(caseId);
        var decision = await decide(stream.Aggregate!);
        if (Refused(decision.Refusal, prefix: form + ".") is { } page) return await Shown(page);
        stream.AppendMany(decision.Events);
        await session.SaveChangesAsync();
        return LocalRedirect($"{ConsoleSetup.Prefix}/cases/{caseId}?saved={form}");
    }

    /// <summary>POST /api/cases/{id}/accompaniments.</summary>
    public Task<IActionResult> OnPostAccompanyAsync(Guid caseId) => DecideAsync(caseId, "accompany", async problem =>
    {
        var command = new RecordAccompaniment(Request.Date("accompany.on"), Request.Number("accompany.minutes"), Request.Choice<Setting>("accompany.setting"),
            Request.Choice<DeviceUsed>("accompany.device"), Request.Choice<ProcedureProgress>("accompany.progress"), null, null, null, null, null,
            Request.Lines("accompany.steps"), Request.Text("accompany.note"));
        var context = await RecordAccompanimentEndpoint.LoadAsync(command, Query, User);
        return command.Decide(problem, Guid.CreateVersion7(), context, Today);
    });

    /// <summary>POST /api/cases/{id}/resolve.</summary>
    public Task<IActionResult> OnPostResolveAsync(Guid caseId) => DecideAsync(caseId, "resolve", problem =>
        Task.FromResult(new ResolveCase(Request.Lines("resolve.steps"), Request.Choice<Autonomy>("resolve.autonomy"), Request.Date("resolve.on"))
            .Decide(problem, Today)));

    /// <summary>POST /api/cases/{id}/refer.</summary>
    public Task<IActionResult> OnPostReferAsync(Guid caseId) => DecideAsync(caseId, "refer", async problem =>
    {
        var command = new ReferCase(Request.Id("refer.partnerId"), Request.Text("refer.reason"));
        return command.Decide(problem, await ReferCaseEndpoint.LoadAsync(command, Query), Today);
    });

    /// <summary>POST /api/cases/{id}/referral-follow-up.</summary>
    public Task<IActionResult> OnPostFollowUpAsync(Guid caseId) => DecideAsync(caseId, "followUp", problem =>
        Task.FromResult(new FollowUpReferral(Request.Choice<ReferralOutcome>("followUp.outcome"), Request.Text("followUp.note")).Decide(problem, Today)));

    /// <summary>POST /api/cases/{id}/close.</summary>
    public Task<IActionResult> OnPostCloseAsync(Guid caseId) => DecideAsync(caseId, "close", problem =>
        Task.FromResult(new CloseCase(Request.Text("close.reason")).Decide(problem, Today)));

    /// <summary>POST /api/cases/{id}/reopen.</summary>
    public Task<IActionResult> OnPostReopenAsync(Guid caseId) => DecideAsync(caseId, "reopen", problem =>
        Task.FromResult(new ReopenCase(Request.Text("reopen.reason")).Decide(problem, Today)));

    /// <summary>POST /api/knowledge, from this case: whoever may see the case may write from it.</summary>
    public async Task<IActionResult> OnPostEntryAsync(Guid caseId)
    {
        if (await LoadAsync(caseId) is { } missing) return missing;
        var command = new DraftKnowledgeEntry(caseId, Request.Text("entry.title"), Request.Text("entry.situation"), Request.Lines("entry.steps"),
            Request.Text("entry.service"), Request.Text("entry.difficulty"), null, Request.Text("entry.language"));
        var inputs = await DraftKnowledgeEntryEndpoint.LoadAsync(command, Query);
        var entryId = Guid.CreateVersion7();
        var decision = command.Decide(entryId, inputs.Source, Caller.UserId, inputs.Services, inputs.Skills);
        if (Refused(decision.Refusal, prefix: "entry.") is { } page) return await Shown(page);
        var session = Writing();
        session.Events.StartStream<KnowledgeEntry>(entryId, decision.Events);
        await session.SaveChangesAsync();
        return LocalRedirect($"{ConsoleSetup.Prefix}/knowledge/{entryId}");
    }
}
