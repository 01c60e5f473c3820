namespace LivingLibrary.Api.Loans;

public static class ReturnDeviceEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Device device, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayHandleLoanAsync(device, user));

    [WolverinePost("/api/devices/{deviceId}/return"), Tags("Loans"), EndpointSummary("Record that a lent device is back, its condition, and the deposit")]
    public static (Reply<Device>, Events) Post(ReturnDevice command, [WriteAggregate("deviceId")] Device device, TimeProvider clock) =>
        command.Decide(device, clock.Today()).Reply<Device>();
}
