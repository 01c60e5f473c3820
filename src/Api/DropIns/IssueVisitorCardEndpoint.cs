using LivingLibrary.Api.Cards;
using LivingLibrary.Api.Export;

namespace LivingLibrary.Api.DropIns;

/// <summary>A visitor's card: its code, shown this once (only its keyed hash is kept, docs/adr/0034).</summary>
/// <param name="Code">Left out when the answer is replayed for its Idempotency-Key: the card was given, its code is not shown again.</param>
public sealed record GivenVisitorCard(Guid VisitorId, Guid CardId, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Code);

public static class IssueVisitorCardEndpoint
{
    public static Task<VisitorRequests> LoadAsync(Guid visitorId, IQuerySession session) => VisitorRequests.LoadAsync(session, visitorId);

    public static ProblemDetails Validate(VisitorRequests visitor, ClaimsPrincipal user) => Problems.FirstOf(visitor.MayBeSeenBy(user.Caller()));

    [WolverinePost("/api/visitors/{visitorId}/card"), Tags("Drop-ins"), ShownOnce("code")]
    [EndpointSummary("Give a drop-in visitor a card: its code ties their next requests to them at any desk of the organisation; a card given before stops working")]
    [ProducesResponseType<GivenVisitorCard>(StatusCodes.Status200OK)]
    public static async Task<(IResult, IMartenOp)> Post(IssueVisitorCard command, VisitorRequests visitor, IDocumentSession session, CardKeys keys,
        TimeProvider clock)
    {
        var cardId = Guid.CreateVersion7();
        var found = await session.VisitorAsync(visitor.VisitorId, byCard: true);
        var decision = command.Decide(found!, cardId, clock.Today());
        if (decision.Refusal is { } refused) return (Results.Problem(refused.ToProblem()), MartenOps.Nothing());
        var before = await session.Query<VisitorCard>().Where(c => c.VisitorId == visitor.VisitorId && !c.Revoked).ToListAsync();
        var code = CardCodes.New();
        session.ForgetVisitorCards(visitor.VisitorId);
        session.Store(new VisitorCardCode(await keys.HashAsync(code), visitor.VisitorId, cardId));
        return (Results.Json(new GivenVisitorCard(visitor.VisitorId, cardId, code)),
            Replies.All([MartenOps.StartStream<VisitorCard>(cardId, [.. decision.Events]),
                .. before.Select(c => IssueVisitorCard.Revoke(c).AppendAt(c.Id, c.Version))]));
    }
}
