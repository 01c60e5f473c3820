namespace LivingLibrary.Api.Loans;

/// <summary>A borrower as the caller may see them: the id, and a name when there is one (a participant's display name, a visitor's pseudonym).</summary>
public sealed record BorrowerView(BorrowerKind Kind, Guid Id, string? Name);

/// <summary>A loan as the caller may see it: the borrower, and the note of the return, only for those who may see the borrower.</summary>
public sealed record LoanView(Guid LoanId, BorrowerView? Borrower, DateOnly From, DateOnly Until, int DepositCents, Agreement Agreement,
    LoanReturn? Return, bool Overdue);

/// <summary>A device in the inventory: where it is today and, when it is out, its loan.</summary>
public sealed record DeviceSummary(Guid Id, DeviceKind Kind, string Identifier, DeviceCondition Condition, string? Note, DeviceState State, LoanView? Loan);

/// <summary>One device and every loan it went out on, the latest first.</summary>
public sealed record DeviceView(Guid Id, DeviceKind Kind, string Identifier, DeviceCondition Condition, string? Note, DeviceState State,
    DateOnly RegisteredOn, string? RetiredReason, IReadOnlyList<LoanView> Loans);

public sealed record OverdueLoan(Guid DeviceId, DeviceKind Kind, string Identifier, int DaysOverdue, LoanView Loan);

public sealed record BorrowerLoan(Guid DeviceId, DeviceKind Kind, string Identifier, LoanView Loan);

/// <summary>
/// The borrowers of some loans whom the caller may see (docs/adr/0010), with their names, loaded once for a whole list:
/// a participant through their current group, a visitor through the desk that recorded them.
/// </summary>
public sealed class BorrowerNames
{
    private readonly Dictionary<Guid, BorrowerView> _visible;

    private BorrowerNames(Dictionary<Guid, BorrowerView> visible) => _visible = visible;

    public static async Task<BorrowerNames> ForAsync(IQuerySession session, Caller caller, IEnumerable<Loan> loans)
    {
        var borrowers = loans.Select(l => l.Borrower).Distinct().ToList();
        var participantIds = borrowers.Where(b => b.Kind == BorrowerKind.Participant).Select(b => b.Id).Distinct().ToArray();
        var visitorIds = borrowers.Where(b => b.Kind == BorrowerKind.Visitor).Select(b => b.Id).Distinct().ToArray();
        var deskIds = borrowers.Select(b => b.DeskId).OfType<Guid>().Distinct().ToArray();

        var participants = participantIds.Length == 0 ? [] : (await session.LoadManyAsync<Participant>(participantIds)).ToDictionary(p => p.Id);
        var groupIds = participants.Values.Select(p => p.GroupId).Distinct().ToArray();
        var groups = groupIds.Length == 0 ? [] : (await session.LoadManyAsync<Group>(groupIds)).ToDictionary(g => g.Id);
        var desks = deskIds.Length == 0 ? [] : (await session.LoadManyAsync<DropInDesk>(deskIds)).ToDictionary(d => d.Id);
        var visitors = visitorIds.Length == 0 ? []
            : (await session.Query<ProblemCase>().Where(c => c.Visitor!.VisitorId.IsOneOf(visitorIds)).ToListAsync())
                .Select(c => c.Visitor!).DistinctBy(v => v.VisitorId).ToDictionary(v => v.VisitorId);

        var visible = new Dictionary<Guid, BorrowerView>();
        foreach (var borrower in borrowers)
        {
            var participant = participants.GetValueOrDefault(borrower.Id);
            var group = participant is null ? null : groups.GetValueOrDefault(participant.GroupId);
            var desk = borrower.DeskId is { } deskId ? desks.GetValueOrDefault(deskId) : null;
            if (!borrower.MaySee(caller, group, desk)) continue;
            visible[borrower.Id] = new BorrowerView(borrower.Kind, borrower.Id,
                borrower.Kind == BorrowerKind.Participant ? participant?.Person.DisplayName : visitors.GetValueOrDefault(borrower.Id)?.Pseudonym);
        }
        return new BorrowerNames(visible);
    }

    public bool Sees(Borrower borrower) => _visible.ContainsKey(borrower.Id);

    public LoanView View(Loan loan, DateOnly today)
    {
        var borrower = _visible.GetValueOrDefault(loan.Borrower.Id);
        return new LoanView(loan.LoanId, borrower, loan.From, loan.Until, loan.DepositCents, loan.Agreement,
            borrower is null && loan.Return is { } back ? back with { Note = null } : loan.Return, loan.IsOverdueOn(today));
    }
}

public static class LoanReads
{
    /// <summary>Whom a loan would be for, as the request names them: a participant and their current group, or a visitor's request and its desk.</summary>
    public static async Task<BorrowerContext> BorrowerContextAsync(this IQuerySession session, Guid? participantId, Guid? visitorId)
    {
        var participant = participantId is { } p ? await session.LoadAsync<Participant>(p) : null;
        var group = participant is null ? null : await session.LoadAsync<Group>(participant.GroupId);
        var visit = visitorId is { } v ? await session.Query<ProblemCase>().FirstOrDefaultAsync(c => c.Visitor!.VisitorId == v) : null;
        var desk = visit?.DeskId is { } d ? await session.LoadAsync<DropInDesk>(d) : null;
        return new BorrowerContext(participant, group, visit, desk);
    }

    /// <summary>The loans of one borrower, the latest first, with the devices they went out on.</summary>
    public static async Task<IReadOnlyList<BorrowerLoan>> LoansOfAsync(this IQuerySession session, Guid borrowerId, Caller caller, DateOnly today)
    {
        var devices = await session.Query<Device>().Where(d => d.BorrowerIds.Contains(borrowerId)).ToListAsync();
        var loans = devices.SelectMany(d => d.Loans().Where(l => l.Borrower.Id == borrowerId).Select(l => (Device: d, Loan: l)))
            .OrderByDescending(x => x.Loan.From).ThenByDescending(x => x.Loan.LoanId.ToString(), StringComparer.Ordinal).ToList();
        var names = await BorrowerNames.ForAsync(session, caller, loans.Select(x => x.Loan));
        return [.. loans.Select(x => new BorrowerLoan(x.Device.Id, x.Device.Kind, x.Device.Identifier, names.View(x.Loan, today)))];
    }

    /// <summary>Returning or extending a loan is for whoever may see its borrower (403 for other staff, who see the device).</summary>
    public static async Task<Refusal?> MayHandleLoanAsync(this IQuerySession session, Device device, ClaimsPrincipal user) =>
        device.OnLoan is not { } loan ? null
        : device.MayHandleLoan((await BorrowerNames.ForAsync(session, user.Caller(), [loan])).Sees(loan.Borrower));
}
