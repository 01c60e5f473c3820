namespace LivingLibrary.Api.Cards;

/// <summary>Who a card signed in: their organisation, and the stamp their cookie carries (<see cref="SignInStamp"/>).</summary>
public sealed record CardHolder(Guid ParticipantId, string Organisation, int SignOuts);

/// <summary>
/// The first sign-in with a card uses its code up (<see cref="SignInWithCard"/>, recorded as the participant). The one
/// command carried out without a request of the API (docs/adr/0022's "callers without a request"): nobody is signed in yet to
/// send it, and what it gives, a cookie, is the console's.
/// </summary>
public static class CardSignIn
{
    public static async Task<(CardHolder? Holder, Refusal? Refusal)> SignInWithCardAsync(this IDocumentStore store, string codeHash,
        CancellationToken cancellation = default)
    {
        await using var query = store.QuerySession();
        if (await query.LoadAsync<CardCode>(codeHash, cancellation) is not { } card) return (null, Refusal.NotFound(Says.CardUnknown));

        await using var session = store.LightweightSession(card.Organisation);
        session.LastModifiedBy = Caller.ParticipantUser(card.ParticipantId);
        var stream = await session.Events.FetchForWriting<Participant>(card.ParticipantId, cancellation);
        if (stream.Aggregate is not { } participant) return (null, Refusal.NotFound(Says.CardUnknown));
        var decision = new SignInWithCard(card.CardId).Decide(participant);
        if (decision.Refusal is { } refused) return (null, refused);
        stream.AppendMany(decision.Events);
        try
        {
            await session.SaveChangesAsync(cancellation);
        }
        catch (JasperFx.ConcurrencyException)
        {
            // The same code sent twice at once: the other sign-in used it.
            return (null, Refusal.Conflict(Says.CardUsed));
        }
        return (new CardHolder(participant.Id, card.Organisation, participant.SignOuts), null);
    }
}
