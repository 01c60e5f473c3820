namespace LivingLibrary.Api.Cases;

public static class GetServicesEndpoint
{
    [WolverineGet("/api/services"), Tags("Reference"), EndpointSummary("The public services and providers a case can name (built-in and the organisation's own)")]
    public static async Task<IReadOnlyList<Service>> Get(IQuerySession session) => (await session.ServiceListAsync()).All;
}
