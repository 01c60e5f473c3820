using LivingLibrary.Api.Journal;

namespace LivingLibrary.Api.Loans;

public static class GetVisitorLoansEndpoint
{
    public static Task<BorrowerContext> LoadAsync(Guid visitorId, IQuerySession session) => session.BorrowerContextAsync(null, visitorId);

    /// <summary>A visitor is known at the desk that recorded them: its staff and coordinators; 404 for anyone else.</summary>
    public static ProblemDetails Validate(Guid visitorId, BorrowerContext visitor, ClaimsPrincipal user) =>
        Problems.FirstOf(visitor.MayBeReachedBy(user.Caller(), null, visitorId));

    [WolverineGet("/api/visitors/{visitorId}/loans"), Tags("Loans"), EndpointSummary("The devices a drop-in visitor borrowed, the latest loan first")]
    [Journalled(PersonalRead.Loans, "visitorId", NamedBy.Visitor)]
    public static Task<IReadOnlyList<BorrowerLoan>> Get(Guid visitorId, IQuerySession session, ClaimsPrincipal user, TimeProvider clock) =>
        session.LoansOfAsync(visitorId, user.Caller(), clock.Today());
}
