namespace LivingLibrary.Api.ConsolePages.Pages.Participants;

/// <summary>
/// Withdrawing a participant's consent, confirmed on a page of its own: what it stops and what it keeps, then
/// POST /api/participants/{id}/consent/withdraw (docs/adr/0012).
/// </summary>
public sealed class WithdrawConsentModel : ParticipantPage
{
    public Task<IActionResult> OnPostAsync(Guid participantId) =>
        SendAsync(participantId, "consent/withdraw", new { on = Request.Text("on") });
}
