using LivingLibrary.Api.Cases;
using LivingLibrary.Api.Journal;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// A case (GET /api/cases/{id}) and its timeline (GET /api/cases/{id}/timeline), each read written in the access journal
/// as the API's do; and what can be done with it, each form sent through the API (docs/adr/0022):
/// an accompaniment, resolving, referring to a suggested partner or to a desk of a member of a network (docs/adr/0033), the
/// referral's follow-up, closing, reopening, and a
/// knowledge entry written from it.
/// </summary>
public sealed class CaseModel : CasePage
{
    public ProblemCase Problem { get; private set; } = null!;
    public CaseView View { get; private set; } = null!;
    public IReadOnlyList<HistoryEntry> Timeline { get; private set; } = [];
    private IReadOnlyDictionary<string, string> StaffNames { get; set; } = new Dictionary<string, string>();

    /// <summary>Who did it: the name the organisation knows them by, else their user id.</summary>
    public string? Who(string? userId) => userId is not null && StaffNames.TryGetValue(userId, out var name) ? name : userId;
    public Group? Group { get; private set; }
    public DropInDesk? Desk { get; private set; }
    public string? PersonName { get; private set; }
    public IReadOnlyList<PartnerSuggestionView> Suggestions { get; private set; } = [];

    /// <summary>The desks of the other members of the organisation's networks that fit, best first (docs/adr/0033).</summary>
    public IEnumerable<PartnerSuggestionView> MemberSuggestions => Suggestions.Where(s => s.Member is not null);

    /// <summary>A member's desk as one form value: the network, the member and the desk.</summary>
    public static string DeskChoice(SuggestedMember member) => $"{member.NetworkId}|{member.OrganisationId}|{member.DeskId}";
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
        StaffNames = await StaffNamesAsync();
        Suggestions = await GetPartnerSuggestionsEndpoint.Get(Problem, Query, Wording);
        partners = await Query.Query<Partner>().ToListAsync();
        OtherPartners = [.. partners.Where(p => p.IsActive && Suggestions.All(s => s.PartnerId != p.Id)).OrderBy(p => p.Details.Name, StringComparer.Ordinal)];
        ReferredTo = Problem.Referral is { } referral ? partners.FirstOrDefault(p => p.Id == referral.PartnerId) : null;
        Entries = await Query.Query<KnowledgeEntry>().Where(e => e.SourceCaseId == Problem.Id).ToListAsync();
        Photos = [.. (await Query.PhotosOfAsync([Problem.Id]))[Problem.Id]];
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

    /// <summary>The photos of the letter or screen, by id (GET /api/cases/{id}/photos/{photoId} serves each).</summary>
    public IReadOnlyList<Guid> Photos { get; private set; } = [];

    /// <summary>A photo of the case, for the case's staff only (no-store, as every console answer), journalled as the API's route is.</summary>
    public async Task<IActionResult> OnGetPhotoAsync(Guid caseId, Guid photo)
    {
        var problem = await Query.LoadAsync<ProblemCase>(caseId);
        if (await Query.MayActOnAsync(problem, User) is not null || await Query.PhotoOfAsync(caseId, photo) is not { } kept) return NotFound();
        if (problem!.ParticipantId is { } person)
            await Store.RecordReadsAsync(Caller.OrganisationId, Clock.GetUtcNow(), Caller.UserId, PersonKind.Participant, person, caseId, PersonalRead.Case);
        else
            await Store.RecordReadsAsync(Caller.OrganisationId, Clock.GetUtcNow(), Caller.UserId, PersonKind.Visitor, problem.Visitor!.VisitorId, caseId, PersonalRead.Case);
        return File(kept.Jpeg, "image/jpeg");
    }

    public async Task<IActionResult> OnGetAsync(Guid caseId, string? saved)
    {
        Saved = saved;
        return await LoadAsync(caseId) ?? await Shown(Page());
    }

    /// <summary>
    /// Sends one of the case's commands through the API (docs/adr/0022); a refusal shows the case again with the reason on
    /// the form that was sent (fields under "<paramref name="form"/>.").
    /// </summary>
    private async Task<IActionResult> SendAsync(Guid caseId, string form, string path, object? command, Func<ApiAnswer, string>? then = null)
    {
        var sent = await SendAsync(path, command, then ?? (_ => $"{ConsoleSetup.Prefix}/cases/{caseId}?saved={form}"), form + ".");
        return await ShownWith(sent, async () => await LoadAsync(caseId) ?? await Shown(sent));
    }

    /// <summary>POST /api/cases/{id}/accompaniments.</summary>
    public Task<IActionResult> OnPostAccompanyAsync(Guid caseId) => SendAsync(caseId, "accompany", $"/api/cases/{caseId}/accompaniments",
        new RecordAccompaniment(Request.Date("accompany.on"), Request.Number("accompany.minutes"), Request.Choice<Setting>("accompany.setting"),
            Request.Choice<DeviceUsed>("accompany.device"), Request.Choice<ProcedureProgress>("accompany.progress"), null, null, null, null, null,
            Request.Lines("accompany.steps"), Request.Text("accompany.note")));

    /// <summary>POST /api/cases/{id}/resolve.</summary>
    public Task<IActionResult> OnPostResolveAsync(Guid caseId) => SendAsync(caseId, "resolve", $"/api/cases/{caseId}/resolve",
        new ResolveCase(Request.Lines("resolve.steps"), Request.Choice<Autonomy>("resolve.autonomy"), Request.Date("resolve.on")));

    /// <summary>POST /api/cases/{id}/refer.</summary>
    public Task<IActionResult> OnPostReferAsync(Guid caseId) => SendAsync(caseId, "refer", $"/api/cases/{caseId}/refer",
        new ReferCase(Request.Id("refer.partnerId"), Request.Text("refer.reason")));

    /// <summary>POST /api/cases/{id}/refer-to-member, to the member's desk chosen among those suggested.</summary>
    public Task<IActionResult> OnPostReferToMemberAsync(Guid caseId)
    {
        var desk = (Request.Text("toMember.desk") ?? "").Split('|');
        return SendAsync(caseId, "toMember", $"/api/cases/{caseId}/refer-to-member", new ReferCaseToMember(
            desk.Length == 3 && Guid.TryParse(desk[0], out var network) ? network : null, desk.Length == 3 ? desk[1] : null,
            desk.Length == 3 && Guid.TryParse(desk[2], out var deskId) ? deskId : null,
            [.. Request.All("toMember.passOn").Select(Choices.Parse<PassedOn>).OfType<PassedOn>()],
            new GivenConsent(Request.Text("toMember.consent.notice"), Request.Date("toMember.consent.givenOn"))));
    }

    /// <summary>POST /api/cases/{id}/referral-follow-up.</summary>
    public Task<IActionResult> OnPostFollowUpAsync(Guid caseId) => SendAsync(caseId, "followUp", $"/api/cases/{caseId}/referral-follow-up",
        new FollowUpReferral(Request.Choice<ReferralOutcome>("followUp.outcome"), Request.Text("followUp.note")));

    /// <summary>POST /api/cases/{id}/close.</summary>
    public Task<IActionResult> OnPostCloseAsync(Guid caseId) => SendAsync(caseId, "close", $"/api/cases/{caseId}/close", new CloseCase(Request.Text("close.reason")));

    /// <summary>POST /api/cases/{id}/reopen.</summary>
    public Task<IActionResult> OnPostReopenAsync(Guid caseId) => SendAsync(caseId, "reopen", $"/api/cases/{caseId}/reopen", new ReopenCase(Request.Text("reopen.reason")));

    /// <summary>POST /api/knowledge, from this case (whoever may see the case may write from it); the entry written is shown.</summary>
    public Task<IActionResult> OnPostEntryAsync(Guid caseId) => SendAsync(caseId, "entry", "/api/knowledge",
        new DraftKnowledgeEntry(caseId, Request.Text("entry.title"), Request.Text("entry.situation"), Request.Lines("entry.steps"),
            Request.Text("entry.service"), Request.Text("entry.difficulty"), null, Request.Text("entry.language")),
        answer => $"{ConsoleSetup.Prefix}/knowledge/{answer.Read<CreatedId>().Id}?saved=created");
}
