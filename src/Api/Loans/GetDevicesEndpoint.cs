namespace LivingLibrary.Api.Loans;

public static class GetDevicesEndpoint
{
    /// <summary>Every member of staff sees the inventory; a borrower is shown only to those who may see them. Retired devices only when asked for.</summary>
    [WolverineGet("/api/devices"), Tags("Loans"), EndpointSummary("The inventory: each device and where it is (available, lent, overdue, broken, retired)")]
    public static async Task<IReadOnlyList<DeviceSummary>> Get(IQuerySession session, ClaimsPrincipal user, TimeProvider clock, DeviceState? state)
    {
        var today = clock.Today();
        var query = state switch
        {
            null => session.Query<Device>().Where(d => d.State != DeviceState.Retired),
            DeviceState.Lent => session.Query<Device>().Where(d => d.State == DeviceState.Lent && d.OnLoan!.Until >= today),
            DeviceState.Overdue => session.Query<Device>().Where(d => d.State == DeviceState.Lent && d.OnLoan!.Until < today),
            { } wanted => session.Query<Device>().Where(d => d.State == wanted),
        };
        var devices = await query.OrderBy(d => d.Identifier).ToListAsync();
        var names = await BorrowerNames.ForAsync(session, user.Caller(), devices.Select(d => d.OnLoan).OfType<Loan>());
        return [.. devices.Select(d => new DeviceSummary(d.Id, d.Kind, d.Identifier, d.Condition, d.Note, d.StateOn(today),
            d.OnLoan is { } loan ? names.View(loan, today) : null))];
    }
}
