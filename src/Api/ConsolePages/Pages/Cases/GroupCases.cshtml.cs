using LivingLibrary.Api.Cases;
using LivingLibrary.Api.Participants;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>A group's board of cases (GET /api/groups/{id}/cases), and posting a case for one of its participants (POST, sent through the API).</summary>
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

    /// <summary>POST /api/groups/{id}/cases; the case posted is shown, or the board again with the refusal.</summary>
    public async Task<IActionResult> OnPostAsync(Guid groupId)
    {
        var sent = await SendAsync($"/api/groups/{groupId}/cases", new PostCase(Request.Id("participantId"), Request.Text("goal"), Request.Text("service"),
                Request.Text("difficulty"), Request.All("skills"), Request.Choice<Urgency>("urgency"), Request.Date("dueOn")),
            answer => $"{ConsoleSetup.Prefix}/cases/{answer.Read<CreatedId>().Id}?saved=posted");
        return await ShownWith(sent, () => LoadAsync(groupId, null));
    }
}
