namespace LivingLibrary.Api.Loans;

public static class GetDeviceEndpoint
{
    [WolverineGet("/api/devices/{deviceId}"), Tags("Loans"), EndpointSummary("One device and its loans, the latest first; its version as ETag")]
    public static async Task<DeviceView> Get([ReadAggregate("deviceId")] Device device, IQuerySession session, ClaimsPrincipal user, TimeProvider clock,
        HttpResponse response)
    {
        response.Headers.ETag = Versions.ETag(device.Version);
        var today = clock.Today();
        var loans = device.Loans().Reverse().ToList();
        var names = await BorrowerNames.ForAsync(session, user.Caller(), loans);
        return new DeviceView(device.Id, device.Kind, device.Identifier, device.Condition, device.Note, device.StateOn(today), device.RegisteredOn,
            device.RetiredReason, [.. loans.Select(l => names.View(l, today))]);
    }
}
