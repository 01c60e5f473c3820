namespace LivingLibrary.Api.Referral;

public static class ChangePartnerEndpoint
{
    public static Task<ServiceList> LoadAsync(IQuerySession session) => session.ServiceListAsync();

    public static ProblemDetails Validate(ClaimsPrincipal user) => Problems.FirstOf(user.Caller().MayManageTheDirectory());

    [WolverinePost("/api/partners/{partnerId}/change"), Tags("Referral"), EndpointSummary("Change what the directory says of a partner")]
    public static (Reply<Partner>, Events) Post(ChangePartner command, [WriteAggregate("partnerId")] Partner partner, ServiceList services) =>
        command.Decide(partner, services).Reply<Partner>();
}
