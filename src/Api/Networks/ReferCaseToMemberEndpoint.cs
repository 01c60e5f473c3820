using LivingLibrary.Api.Cases;

namespace LivingLibrary.Api.Networks;

public static class ReferCaseToMemberEndpoint
{
    /// <summary>The network, the receiving member's desk (read in that member's tenant, only when it is a member) and the case's participant.</summary>
    public static async Task<(Network?, DropInDesk?, Participant?)> LoadAsync(ReferCaseToMember command, ProblemCase problem, IDocumentSession session)
    {
        var network = command.NetworkId is { } id ? await session.LoadNetworkAsync(id) : null;
        var desk = network is not null && command.OrganisationId is { } member && network.IsMember(member) && command.DeskId is { } deskId
            ? await session.ForTenant(member).LoadAsync<DropInDesk>(deskId)
            : null;
        var participant = problem.ParticipantId is { } person ? await session.LoadAsync<Participant>(person) : null;
        return (network, desk, participant);
    }

    public static async Task<ProblemDetails> ValidateAsync(ProblemCase problem, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(problem, user));

    /// <summary>
    /// The link goes on the case; the referral, with only what the person agreed to pass on, starts in the receiving member's
    /// tenant in the same transaction (docs/adr/0033). The answer's createdId is the referral's id.
    /// </summary>
    [WolverinePost("/api/cases/{caseId}/refer-to-member"), Tags("Networks")]
    [EndpointSummary("Refer the person to a desk of another member of your network, passing on only what they agreed to")]
    public static (Reply<ProblemCase>, Events, IMartenOp) Post(ReferCaseToMember command, [WriteAggregate("caseId")] ProblemCase problem, Network? network,
        DropInDesk? desk, Participant? participant, ClaimsPrincipal user, TimeProvider clock)
    {
        var referralId = Guid.CreateVersion7();
        var (onCase, onReferral) = command.Decide(problem, network, user.Caller(), desk, participant, referralId, Guid.CreateVersion7(), clock.Today());
        var (reply, events) = onCase.Reply<ProblemCase>(referralId);
        return (reply, events, onReferral.StartIn<NetworkReferral>(command.OrganisationId!, referralId));
    }
}
