namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// The devices a desk's visitors have now, and lending one to a visitor the desk recorded in the last weeks (_Lending):
/// its staff and coordinators, who may reach those visitors (docs/adr/0010).
/// </summary>
public sealed class DeskLoansModel : LendingPage
{
    /// <summary>How far back the visitors offered as borrowers were recorded: a loan is made at the visit, or soon after.</summary>
    public const int RecentDays = 31;

    public DropInDesk Desk { get; private set; } = null!;
    public IReadOnlyList<ProblemCase> Visits { get; private set; } = [];

    public override string BorrowerField => "visitorId";
    public override Word BorrowerLabel => Words.BorrowerVisitor;
    public override IEnumerable<Choice> Borrowers => Visits.DistinctBy(v => v.Visitor!.VisitorId).Select(v => new Choice(v.Visitor!.VisitorId.ToString(),
        $"{v.Visitor!.Pseudonym ?? T(Words.AnonymousVisitor)}, {Date(v.SessionOn)}: {v.Details.Goal}"));
    public override bool Lends => !Desk.IsClosed;

    private async Task<IActionResult?> LoadAsync(Guid deskId)
    {
        if (await Query.LoadAsync<DropInDesk>(deskId) is not { } desk || desk.MaySee(Caller) is not null) return NotFound();
        Desk = desk;
        var since = Today.AddDays(-RecentDays);
        Visits = await Query.Query<ProblemCase>().Where(c => c.DeskId == deskId && c.Visitor != null && c.SessionOn >= since)
            .OrderByDescending(c => c.SessionOn).ToListAsync();
        var visitors = await Query.Query<ProblemCase>().Where(c => c.DeskId == deskId && c.Visitor != null).Select(c => c.Visitor!.VisitorId).ToListAsync();
        await LoadDevicesAsync(visitors.ToHashSet());
        return null;
    }

    public async Task<IActionResult> OnGetAsync(Guid deskId) => await LoadAsync(deskId) ?? Page();

    public Task<IActionResult> OnPostAsync(Guid deskId) => LendAsync(() => LoadAsync(deskId));
}
