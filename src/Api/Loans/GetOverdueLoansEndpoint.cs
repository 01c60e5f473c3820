namespace LivingLibrary.Api.Loans;

public static class GetOverdueLoansEndpoint
{
    /// <summary>Loans past their due date and not returned, the longest overdue first. Borrowers are shown only to those who may see them.</summary>
    [WolverineGet("/api/loans/overdue"), Tags("Loans"), EndpointSummary("The overdue list: devices not back by their due date, oldest first")]
    public static async Task<IReadOnlyList<OverdueLoan>> Get(IQuerySession session, ClaimsPrincipal user, TimeProvider clock)
    {
        var today = clock.Today();
        var devices = await session.Query<Device>().Where(d => d.State == DeviceState.Lent && d.OnLoan!.Until < today).ToListAsync();
        var late = devices.Select(d => (Device: d, Loan: d.OnLoan!))
            .OrderBy(x => x.Loan.Until).ThenBy(x => x.Loan.From).ThenBy(x => x.Device.Identifier, StringComparer.Ordinal).ToList();
        var names = await BorrowerNames.ForAsync(session, user.Caller(), late.Select(x => x.Loan));
        return [.. late.Select(x => new OverdueLoan(x.Device.Id, x.Device.Kind, x.Device.Identifier, today.DayNumber - x.Loan.Until.DayNumber,
            names.View(x.Loan, today)))];
    }
}
