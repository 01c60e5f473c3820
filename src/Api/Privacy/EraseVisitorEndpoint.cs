namespace LivingLibrary.Api.Privacy;

public static class EraseVisitorEndpoint
{
    /// <summary>A visitor is the organisation's when one of its cases or a referral it received names them, or when it erased them already.</summary>
    public static async Task<ProblemDetails> ValidateAsync(Guid visitorId, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(
            await session.Query<ProblemCase>().AnyAsync(c => c.Visitor!.VisitorId == visitorId)
            || await session.Query<NetworkReferral>().AnyAsync(r => r.VisitorId == visitorId)
            || await session.LoadAsync<VisitorErasure>(visitorId) is not null
                ? null
                : Refusal.NotFound(Thing.Visitor),
            user.Caller().MayErase());

    [WolverinePost("/api/visitors/{visitorId}/erase"), Tags("Privacy")]
    [EndpointSummary("Erase a drop-in visitor's personal data everywhere, keeping what happened for the statistics (coordinators)")]
    [ProducesResponseType<Versioned>(StatusCodes.Status200OK)]
    public static async Task<IResult> Post(Guid visitorId, ErasePerson command, ClaimsPrincipal user, IDocumentStore store, ForgetList forgetList, TimeProvider clock)
    {
        if (command.Check() is { } refused) return Results.Problem(refused.ToProblem());
        await store.EraseAsync(forgetList, user.Caller().OrganisationId, PersonKind.Visitor, visitorId, command.Reason!.Value, clock.Today());
        return Results.Json(new Versioned(visitorId, 1));
    }
}
