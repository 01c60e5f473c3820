namespace LivingLibrary.Api.Referral;

public static class ReactivatePartnerEndpoint
{
    public static ProblemDetails Validate(ClaimsPrincipal user) => Problems.FirstOf(user.Caller().MayManageTheDirectory());

    [WolverinePost("/api/partners/{partnerId}/reactivate"), Tags("Referral"), EndpointSummary("Make a deactivated partner active again")]
    public static (Reply<Partner>, Events) Post([WriteAggregate("partnerId")] Partner partner) => new ReactivatePartner().Decide(partner).Reply<Partner>();
}
