namespace LivingLibrary.Api.Referral;

public static class GetPartnerEndpoint
{
    [WolverineGet("/api/partners/{partnerId}"), Tags("Referral"), EndpointSummary("One partner of the directory, with its version as ETag")]
    public static Partner Get([ReadAggregate("partnerId")] Partner partner, HttpResponse response)
    {
        response.Headers.ETag = Versions.ETag(partner.Version);
        return partner;
    }
}
