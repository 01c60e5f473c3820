using LivingLibrary.Api.Cards;

namespace LivingLibrary.Api.DropIns;

/// <summary>A visitor found by a card's code or by their id, or nobody (never null itself, so that an endpoint's load can hand it on).</summary>
public sealed record Returning(ReturningVisitor? Visitor);

/// <summary>How a request finds the visitor it is tied to (docs/adr/0034): by their card's code, or by the id the lookup gave.</summary>
public static class ReturningVisitors
{
    public static async Task<Returning> FindAsync(this IQuerySession session, CardKeys keys, string? code, Guid? visitorId)
    {
        if (code is not null && visitorId is null && CardCodes.CanBe(code))
            return await session.LoadAsync<VisitorCardCode>(await keys.HashAsync(code)) is { } card
                ? new(await session.VisitorAsync(card.VisitorId, byCard: true))
                : new(null);
        return new(visitorId is { } id && code is null ? await session.VisitorAsync(id, byCard: false) : null);
    }

    /// <summary>The visitor as their latest request has them, or null when no request of the organisation names them.</summary>
    public static async Task<ReturningVisitor?> VisitorAsync(this IQuerySession session, Guid visitorId, bool byCard)
    {
        var latest = (await session.Query<ProblemCase>().Where(c => c.Visitor!.VisitorId == visitorId).ToListAsync())
            .OrderBy(c => c.PostedOn).ThenBy(c => c.Id.ToString(), StringComparer.Ordinal).LastOrDefault();
        return latest is null
            ? null
            : new ReturningVisitor(visitorId, latest.Visitor!, await session.LoadAsync<VisitorErasure>(visitorId) is not null, byCard);
    }
}
