namespace LivingLibrary.Api.Loans;

public static class RetireDeviceEndpoint
{
    public static ProblemDetails Validate(ClaimsPrincipal user) => Problems.FirstOf(user.Caller().MayManageDevices());

    [WolverinePost("/api/devices/{deviceId}/retire"), Tags("Loans"), EndpointSummary("Take a device out of the inventory for good (coordinators); its loans stay")]
    public static (Reply<Device>, Events) Post(RetireDevice command, [WriteAggregate("deviceId")] Device device, TimeProvider clock) =>
        command.Decide(device, clock.Today()).Reply<Device>();
}
