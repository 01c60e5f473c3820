namespace LivingLibrary.Api.Loans;

public static class LendDeviceEndpoint
{
    public static Task<BorrowerContext> LoadAsync(LendDevice command, IQuerySession session) =>
        session.BorrowerContextAsync(command.ParticipantId, command.VisitorId);

    /// <summary>A participant the caller may reach, or a visitor of a desk they staff (coordinators: anyone of the organisation); 404 otherwise.</summary>
    public static ProblemDetails Validate(LendDevice command, BorrowerContext borrower, ClaimsPrincipal user) =>
        Problems.FirstOf(borrower.MayBeReachedBy(user.Caller(), command.ParticipantId, command.VisitorId));

    [WolverinePost("/api/devices/{deviceId}/lend"), Tags("Loans"), EndpointSummary("Lend a device to a participant or a drop-in visitor, with the agreement they signed")]
    public static (Reply<Device>, Events) Post(LendDevice command, [WriteAggregate("deviceId")] Device device, BorrowerContext borrower, TimeProvider clock)
    {
        var loanId = Guid.CreateVersion7();
        return command.Decide(device, loanId, borrower, clock.Today()).Reply<Device>(loanId);
    }
}
