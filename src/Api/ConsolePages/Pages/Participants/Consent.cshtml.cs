namespace LivingLibrary.Api.ConsolePages.Pages.Participants;

/// <summary>
/// A participant's consent: the notice they agreed to, and recording a consent to a (new version of a) notice, which is
/// also how they consent again after a withdrawal (POST /api/participants/{id}/consent, docs/adr/0012). Withdrawing has
/// a confirmation page of its own.
/// </summary>
public sealed class ConsentModel : ParticipantPage
{
    public bool Posted => Request.HasFormContentType;

    public Task<IActionResult> OnPostAsync(Guid participantId) =>
        SendAsync(participantId, "consent", new { notice = Request.Text("notice"), givenOn = Request.Text("givenOn"), version = Typed("version") });
}
