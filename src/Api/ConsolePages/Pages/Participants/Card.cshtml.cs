using LivingLibrary.Api.Cards;

namespace LivingLibrary.Api.ConsolePages.Pages.Participants;

/// <summary>
/// A participant's personal card (docs/adr/0026): printed here by their facilitator or a coordinator (POST
/// /api/participants/{id}/card), the page rendered from the answer, the only place its code is ever shown; revoked here too.
/// </summary>
public sealed class CardModel : ParticipantPage
{
    /// <summary>The card just printed; without its code when the form was sent again (the code is shown once).</summary>
    public PrintedCard? Printed { get; private set; }

    /// <summary>Where the card's QR code leads: the sign-in page, with the code filled in (a query, which the request log never writes).</summary>
    public string SignInAddress(string code) => $"{Request.Scheme}://{Request.Host}{MePage.Home}/sign-in?code={Uri.EscapeDataString(code)}";

    public async Task<IActionResult> OnPostPrintAsync(Guid participantId)
    {
        if (await LoadAsync(participantId) is { } missing) return missing;
        var answer = await SendFormAsync(HttpMethod.Post, $"/api/participants/{participantId}/card", new IssueCard());
        if (Refused(answer) is { } refused) return refused;
        Printed = answer.Read<PrintedCard>();
        return await ShownAsync(participantId, Page());
    }

    public Task<IActionResult> OnPostRevokeAsync(Guid participantId) => SendAsync(participantId, "card/revoke", new RevokeCard());
}
