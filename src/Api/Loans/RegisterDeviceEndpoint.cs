namespace LivingLibrary.Api.Loans;

/// <summary>The device already registered under an identifier, whatever its case, if any.</summary>
public sealed record SameIdentifier(Device? Device);

public static class RegisterDeviceEndpoint
{
    /// <summary>Looked up only for a request the decision can take: an identifier with a NUL in it never reaches PostgreSQL.</summary>
    public static async Task<SameIdentifier> LoadAsync(RegisterDevice command, IQuerySession session) =>
        new(command.Check() is null && command.Identifier!.Trim().ToUpperInvariant() is var wanted
            ? await session.Query<Device>().FirstOrDefaultAsync(d => d.Identifier.ToUpper() == wanted)
            : null);

    public static ProblemDetails Validate(ClaimsPrincipal user) => Problems.FirstOf(user.Caller().MayManageDevices());

    /// <summary>Two registrations of one identifier at once: the unique index keeps one device, the other gets 409.</summary>
    [WolverinePost("/api/devices"), Tags("Loans"), EndpointSummary("Register a device of the organisation's inventory (coordinators)")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static (IResult, IMartenOp) Post(RegisterDevice command, SameIdentifier same, TimeProvider clock)
    {
        var deviceId = Guid.CreateVersion7();
        return command.Decide(deviceId, same.Device, clock.Today()).Start<Device>(deviceId, $"/api/devices/{deviceId}");
    }
}
