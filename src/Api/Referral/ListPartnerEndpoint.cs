namespace LivingLibrary.Api.Referral;

public static class ListPartnerEndpoint
{
    public static Task<ServiceList> LoadAsync(IQuerySession session) => session.ServiceListAsync();

    public static ProblemDetails Validate(ClaimsPrincipal user) => Problems.FirstOf(user.Caller().MayManageTheDirectory());

    [WolverinePost("/api/partners"), Tags("Referral"), EndpointSummary("Add a partner to the referral directory (coordinators)")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static (IResult, IMartenOp) Post(ListPartner command, ServiceList services)
    {
        var partnerId = Guid.CreateVersion7();
        return command.Decide(partnerId, services).Start<Partner>(partnerId, $"/api/partners/{partnerId}");
    }
}
