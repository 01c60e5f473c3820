namespace LivingLibrary.Api.ConsolePages.Pages.Participants;

/// <summary>A participant leaves their group, confirmed on a page of its own (POST /api/participants/{id}/leave).</summary>
public sealed class LeaveModel : ParticipantPage
{
    public Task<IActionResult> OnPostAsync(Guid participantId) => SendAsync(participantId, "leave", new RecordDeparture(Request.Text("reason")));
}
