using LivingLibrary.Api.Cases;
using LivingLibrary.Api.Participants;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>A group's board of cases (GET /api/groups/{id}/cases), and posting a case for one of its participants (POST, the same rule and decision).</summary>
public sealed class GroupCasesModel : CasePage
{
    public Group Group { get; private set; } = null!;
    public IReadOnlyList<CaseCard> Cards { get; private set; } = [];
    public IReadOnlyList<Participant> Participants { get; private set; } = [];
    public CaseStatus Showing { get; private set; } = CaseStatus.Open;

    private async Task<IActionResult?> LoadAsync(Guid groupId, CaseStatus? status)
    {
        if (await VisibleGroupAsync(groupId) is not { } group) return NotFound();
        Group = group;
        Showing = status is { } s && Enum.IsDefined(s) ? s : CaseStatus.Open;
        Cards = await GetGroupCasesEndpoint.Get(group, Query, Showing);
        Participants = await GetGroupParticipantsEndpoint.Get(group, Query);
        await LoadListsAsync();
        return null;
    }

    public async Task<IActionResult> OnGetAsync(Guid groupId, CaseStatus? status) => await LoadAsync(groupId, status) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid groupId)
    {
        if (await LoadAsync(groupId, null) is { } missing) return missing;
        var command = new PostCase(Request.Id("participantId"), Request.Text("goal"), Request.Text("service"), Request.Text("difficulty"),
            Request.All("skills"), Request.Choice<Urgency>("urgency"), Request.Date("dueOn"));
        var participant = command.ParticipantId is { } id ? await Query.LoadAsync<Participant>(id) : null;
        var caseId = Guid.CreateVersion7();
        var decision = Group.MayRun(Caller) is { } refused ? refused : command.Decide(caseId, Group, participant, Services, Skills, Today);
        if (Refused(decision.Refusal) is { } page) return page;
        var session = Writing();
        session.Events.StartStream<ProblemCase>(caseId, decision.Events);
        await session.SaveChangesAsync();
        return LocalRedirect($"{ConsoleSetup.Prefix}/cases/{caseId}");
    }
}
