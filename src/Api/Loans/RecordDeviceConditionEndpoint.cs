namespace LivingLibrary.Api.Loans;

public static class RecordDeviceConditionEndpoint
{
    public static ProblemDetails Validate(ClaimsPrincipal user) => Problems.FirstOf(user.Caller().MayManageDevices());

    [WolverinePost("/api/devices/{deviceId}/condition"), Tags("Loans"), EndpointSummary("Record a device's condition while it is here, e.g. repaired (coordinators)")]
    public static (Reply<Device>, Events) Post(RecordDeviceCondition command, [WriteAggregate("deviceId")] Device device, TimeProvider clock) =>
        command.Decide(device, clock.Today()).Reply<Device>();
}
