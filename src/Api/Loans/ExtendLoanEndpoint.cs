namespace LivingLibrary.Api.Loans;

public static class ExtendLoanEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Device device, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayHandleLoanAsync(device, user));

    [WolverinePost("/api/devices/{deviceId}/extend"), Tags("Loans"), EndpointSummary("Give a borrower longer: a new due date for the device's loan")]
    public static (Reply<Device>, Events) Post(ExtendLoan command, [WriteAggregate("deviceId")] Device device, TimeProvider clock) =>
        command.Decide(device, clock.Today()).Reply<Device>();
}
