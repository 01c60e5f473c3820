using LivingLibrary.Api.DropIns;
using LivingLibrary.Api.Groups;
using LivingLibrary.Api.Loans;
using LivingLibrary.Api.Pairings;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.ExchangeSessions;
using LivingLibrary.Projections.Pairings;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// What needs doing today, from the views the API serves: the drop-in sessions of today one staffs (or, for a coordinator,
/// every desk open today); for the groups one runs, their recent exchange sessions, pairings waiting for a step and open
/// cases due soon; for a coordinator, the organisation's cases due, overdue loans and open evaluations.
/// </summary>
public sealed class TodayModel : ConsolePage
{
    /// <summary>How far ahead a due date counts as soon, and how far back an exchange session is recent.</summary>
    public const int SoonDays = 7;

    /// <summary>An active pairing with no help session for this long needs a nudge.</summary>
    public const int QuietDays = 14;

    private IReadOnlyList<DropInDesk> desks = [];
    public IReadOnlyList<DropInDesk> DesksToday { get; private set; } = [];
    public IReadOnlyDictionary<Guid, Group> Groups { get; private set; } = new Dictionary<Guid, Group>();
    public IReadOnlyList<ExchangeSession> Sessions { get; private set; } = [];
    public IReadOnlyList<PairingSummary> WaitingForAYes { get; private set; } = [];
    public IReadOnlyList<PairingSummary> Quiet { get; private set; } = [];
    public IReadOnlyList<ProblemCase> CasesDue { get; private set; } = [];
    public int OverdueLoans { get; private set; }
    public IReadOnlyList<Campaign> OpenCampaigns { get; private set; } = [];

    public DateOnly Soon => Today.AddDays(SoonDays);

    public async Task OnGetAsync()
    {
        var today = Today;
        desks = await GetDesksEndpoint.Get(Query, User);
        DesksToday = [.. desks.Where(d => d.Hours.Any(h => h.Day == today.DayOfWeek))];
        Groups = (await GetGroupsEndpoint.Get(Query, User, includeClosed: true)).ToDictionary(g => g.Id);
        if (Caller.IsCoordinator)
        {
            // The organisation's day: every open case due soon, wherever it was posted.
            CasesDue = await DueSoonAsync(Query.Query<ProblemCase>());
            OverdueLoans = (await GetOverdueLoansEndpoint.Get(Query, User, Clock)).Count;
            OpenCampaigns = [.. (await Query.Query<Campaign>().Where(c => c.ClosedOn == null).ToListAsync()).OrderBy(c => c.ClosesOn)];
            return;
        }
        if (Groups.Count == 0) return;
        var ids = Groups.Keys.ToArray();
        var since = today.AddDays(-SoonDays);
        Sessions = [.. await Query.Query<ExchangeSession>().Where(s => s.GroupId.IsOneOf(ids) && s.On >= since).OrderByDescending(s => s.On).ToListAsync()];
        var pairings = await Query.Query<Pairing>()
            .Where(p => p.GroupId.IsOneOf(ids) && (p.Status == PairingStatus.Proposed || p.Status == PairingStatus.Active)).ToListAsync();
        var summaries = PairingViews.Summaries(pairings, await Query.PeopleAsync(pairings));
        WaitingForAYes = [.. summaries.Where(p => p.Status == PairingStatus.Proposed)];
        Quiet = [.. summaries.Where(p => p.Status == PairingStatus.Active && (p.LastSessionOn ?? p.StartedOn ?? p.ProposedOn) <= today.AddDays(-QuietDays))];
        CasesDue = await DueSoonAsync(Query.Query<ProblemCase>().Where(c => c.GroupId != null && c.GroupId.Value.IsOneOf(ids)));
    }

    private async Task<IReadOnlyList<ProblemCase>> DueSoonAsync(IQueryable<ProblemCase> cases)
    {
        var soon = Soon;
        return CaseBoard.MostUrgentFirst(await cases.Where(c => c.Status == CaseStatus.Open && c.Details.DueOn != null && c.Details.DueOn <= soon).ToListAsync());
    }

    /// <summary>Where a case came from: its group, or the desk it was written at.</summary>
    public string OriginOf(ProblemCase c) =>
        c.GroupId is { } groupId ? Groups.GetValueOrDefault(groupId)?.Name ?? "" : desks.FirstOrDefault(d => d.Id == c.DeskId)?.Name ?? T(Words.Desks);

    /// <summary>The longest lists show their first lines only; the page stays light in a large organisation.</summary>
    public const int Shown = 30;
}
