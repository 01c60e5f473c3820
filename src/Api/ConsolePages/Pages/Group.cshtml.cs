using LivingLibrary.Api.Participants;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>A group: its participants with what they can help with and want to learn, enrolment, its facilitators.</summary>
public sealed class GroupModel : ConsolePage
{
    public Group Group { get; private set; } = null!;
    public IReadOnlyList<Participant> Participants { get; private set; } = [];
    public Guid? Enrolled { get; private set; }

    private async Task<IActionResult?> LoadAsync(Guid groupId)
    {
        if (await VisibleGroupAsync(groupId) is not { } group) return NotFound();
        Group = group;
        Participants = await GetGroupParticipantsEndpoint.Get(group, Query);
        await LoadSkillsAsync();
        return null;
    }

    public async Task<IActionResult> OnGetAsync(Guid groupId, Guid? enrolled)
    {
        Enrolled = enrolled;
        return await LoadAsync(groupId) ?? Page();
    }

    /// <summary>POST /api/groups/{id}/participants: the new participant's page address comes back in the answer.</summary>
    public async Task<IActionResult> OnPostEnrolAsync(Guid groupId)
    {
        if (await LoadAsync(groupId) is { } missing) return missing;
        var command = new EnrolParticipant(Request.Text("displayName"), Request.All("languages"), [], Request.Text("contact"),
            new GivenConsent(Request.Text("consent.notice"), Request.Date("consent.givenOn")));
        return await SendAsync($"/api/groups/{groupId}/participants", command,
            answer => $"{ConsoleSetup.Prefix}/groups/{groupId}?enrolled={answer.Read<CreatedId>().Id}");
    }

    /// <summary>POST /api/groups/{id}/facilitators, a coordinator's.</summary>
    public async Task<IActionResult> OnPostAssignAsync(Guid groupId)
    {
        if (await LoadAsync(groupId) is { } missing) return missing;
        var command = new AssignFacilitator(Request.Text("facilitator.facilitatorId"), Request.Text("facilitator.displayName"));
        return await SendAsync($"/api/groups/{groupId}/facilitators", command, _ => $"{ConsoleSetup.Prefix}/groups/{groupId}?saved=true", "facilitator.");
    }
}
