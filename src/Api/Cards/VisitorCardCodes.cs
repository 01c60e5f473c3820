namespace LivingLibrary.Api.Cards;

/// <summary>
/// A visitor card's code as it is kept: its keyed hash (the participants' cards' key, docs/adr/0026), in the organisation's
/// tenant, and whose card it is. A request tied by a code finds the visitor by one look-up of its hash (docs/adr/0034).
/// </summary>
public sealed record VisitorCardCode(string Id, Guid VisitorId, Guid CardId);

public static class VisitorCardCodes
{
    /// <summary>Deletes a visitor's codes: a new card given, an erasure.</summary>
    public static void ForgetVisitorCards(this IDocumentOperations session, Guid visitorId) =>
        session.DeleteWhere<VisitorCardCode>(c => c.VisitorId == visitorId);
}
