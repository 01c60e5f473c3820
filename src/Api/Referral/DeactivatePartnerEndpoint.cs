namespace LivingLibrary.Api.Referral;

public static class DeactivatePartnerEndpoint
{
    public static ProblemDetails Validate(ClaimsPrincipal user) => Problems.FirstOf(user.Caller().MayManageTheDirectory());

    [WolverinePost("/api/partners/{partnerId}/deactivate"), Tags("Referral"), EndpointSummary("Stop suggesting a partner; past referrals keep naming it")]
    public static (Reply<Partner>, Events) Post(DeactivatePartner command, [WriteAggregate("partnerId")] Partner partner) =>
        command.Decide(partner).Reply<Partner>();
}
