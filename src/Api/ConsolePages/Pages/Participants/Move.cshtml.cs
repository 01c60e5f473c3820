using LivingLibrary.Api.Groups;

namespace LivingLibrary.Api.ConsolePages.Pages.Participants;

/// <summary>
/// A participant moves to another group, confirmed on a page of its own: the open groups the caller runs (GET /api/groups),
/// then POST /api/participants/{id}/move, which takes running both.
/// </summary>
public sealed class MoveModel : ParticipantPage
{
    public IReadOnlyList<Group> Targets { get; private set; } = [];

    public override async Task<IActionResult> OnGetAsync(Guid participantId) => await WithTargets(await base.OnGetAsync(participantId));

    public async Task<IActionResult> OnPostAsync(Guid participantId) =>
        await WithTargets(await SendAsync(participantId, "move", new { groupId = Request.Text("groupId") }));

    private async Task<IActionResult> WithTargets(IActionResult shown)
    {
        if (shown is Microsoft.AspNetCore.Mvc.RazorPages.PageResult)
            Targets = [.. (await GetGroupsEndpoint.Get(Query, User)).Where(g => g.Id != Participant.GroupId)];
        return shown;
    }
}
