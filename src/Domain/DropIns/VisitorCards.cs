namespace LivingLibrary.Domain.DropIns;

/// <summary>
/// A card given to a drop-in visitor, so that a later request at any desk of the organisation is tied to them: a short code
/// (and its QR code) shown once, of which only a keyed hash is kept (docs/adr/0034, as the participants' cards of docs/adr/0026).
/// </summary>
public sealed record VisitorCardIssued(Guid CardId, Guid VisitorId, DateOnly IssuedOn);

/// <summary>The card's code ties no request any more: a new card was given.</summary>
public sealed record VisitorCardRevoked(Guid CardId, Guid VisitorId);

/// <summary>A visitor's card, a stream of its own (a visitor is no stream: the requests that name them are).</summary>
public sealed record VisitorCard(Guid Id, Guid VisitorId, DateOnly IssuedOn, bool Revoked)
{
    public int Version { get; set; }

    public static VisitorCard Create(VisitorCardIssued e) => new(e.CardId, e.VisitorId, e.IssuedOn, false);

    public VisitorCard Apply(VisitorCardRevoked _) => this with { Revoked = true };
}

/// <summary>
/// A visitor the organisation already knows, found by their card's code or by the lookup: what they said of themselves at
/// their latest request, whether they were erased, and how they were found.
/// </summary>
public sealed record ReturningVisitor(Guid VisitorId, Visitor Latest, bool Erased, bool ByCard);

/// <summary>Give a visitor a card; the card given before, if any, is revoked. An erased visitor gets none.</summary>
public sealed record IssueVisitorCard
{
    public Decision Decide(ReturningVisitor visitor, Guid newCardId, DateOnly today) =>
        visitor.Erased ? Refusal.Conflict(Says.VisitorErased) : Decision.Append(new VisitorCardIssued(newCardId, visitor.VisitorId, today));

    /// <summary>What the new card does to one given before.</summary>
    public static Decision Revoke(VisitorCard card) => card.Revoked ? Decision.Nothing : Decision.Append(new VisitorCardRevoked(card.Id, card.VisitorId));
}
