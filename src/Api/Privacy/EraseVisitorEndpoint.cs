namespace LivingLibrary.Api.Privacy;

/// <summary>What is known of a visitor to erase them: one of their cases (to know they are the organisation's), and an earlier erasure.</summary>
public sealed record VisitorToErase(ProblemCase? AnyCase, VisitorErasure? Erased);

public static class EraseVisitorEndpoint
{
    public static async Task<VisitorToErase> LoadAsync(Guid visitorId, IQuerySession session) =>
        new(await session.Query<ProblemCase>().FirstOrDefaultAsync(c => c.Visitor!.VisitorId == visitorId), await session.LoadAsync<VisitorErasure>(visitorId));

    public static ProblemDetails Validate(VisitorToErase visitor, ClaimsPrincipal user) =>
        Problems.FirstOf(visitor.AnyCase is null && visitor.Erased is null ? Refusal.NotFound("There is no such visitor.") : null, user.Caller().MayErase());

    [WolverinePost("/api/visitors/{visitorId}/erase"), Tags("Privacy")]
    [EndpointSummary("Erase a drop-in visitor's personal data everywhere, keeping what happened for the statistics (coordinators)")]
    [ProducesResponseType<Versioned>(StatusCodes.Status200OK)]
    public static async Task<IResult> Post(Guid visitorId, ErasePerson command, VisitorToErase visitor, ClaimsPrincipal user, IDocumentSession session,
        IDocumentStore store, TimeProvider clock)
    {
        var decision = command.DecideForVisitor(visitorId, visitor.Erased, clock.Today());
        if (decision.Refusal is { } refused) return Results.Problem(refused.ToProblem());
        if (decision.Events.Count > 0)
        {
            session.Events.StartStream<VisitorErasure>(visitorId, [.. decision.Events]);
            await session.SaveChangesAsync();
        }
        await store.EraseVisitorAsync(user.Caller().OrganisationId, visitorId);
        return Results.Json(new Versioned(visitorId, 1));
    }
}
