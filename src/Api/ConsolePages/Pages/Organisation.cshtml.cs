using System.Text.Json;
using LivingLibrary.Api.Groups;
using LivingLibrary.Projections.Library;
using LivingLibrary.Projections.Pairings;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// The organisation at a glance, for its coordinators (a facilitator gets 403, as from the API's organisation views):
/// its groups with how many take part and how many evaluations they ran, pairing stats (GET /api/pairings/stats, the
/// same stored parts), and the ways to the funder report and the observatory.
/// </summary>
public sealed class OrganisationModel : ConsolePage
{
    public sealed record GroupLine(Group Group, int Participants, int Campaigns, GroupPairingStats? Pairings);

    public IReadOnlyList<GroupLine> Groups { get; private set; } = [];

    /// <summary>Groups a page lists: an organisation has hundreds, and a phone gets them fifty at a time.</summary>
    public const int GroupsAPage = 50;

    public int GroupPage { get; private set; } = 1;
    public int GroupPages { get; private set; } = 1;
    public (DateOnly From, DateOnly To) Year => OrganisationReportModel.ProjectYear(Today);

    public async Task<IActionResult> OnGetAsync(int groupsPage = 1)
    {
        if (Refused(Caller.MaySeeTheWholeOrganisation()) is { } refused) return refused;
        var all = await GetGroupsEndpoint.Get(Query, User, includeClosed: true);
        GroupPages = Math.Max(1, (all.Count + GroupsAPage - 1) / GroupsAPage);
        GroupPage = Math.Clamp(groupsPage, 1, GroupPages);
        var groups = all.Skip((GroupPage - 1) * GroupsAPage).Take(GroupsAPage).ToList();
        // Only the group ids, counted here: no one's data is read for a count.
        var members = (await Query.Query<Participant>().Where(p => !p.HasLeft).Select(p => p.GroupId).ToListAsync()).CountBy(g => g).ToDictionary();
        var campaigns = (await Query.Query<Campaign>().Select(c => c.GroupId).ToListAsync()).CountBy(g => g).ToDictionary();
        // GET /api/pairings/stats serves these stored parts as they are; here only that part of each group's views is read.
        var pairings = (await Query.Query<GroupLibrary>().Select(l => l.PairingStats).ToListAsync())
            .Select(part => part.Deserialize<GroupPairingStats>(ViewJson.Options)!)
            .ToDictionary(s => s.GroupId);
        Groups = [.. groups.Select(g => new GroupLine(g, members.GetValueOrDefault(g.Id), campaigns.GetValueOrDefault(g.Id), pairings.GetValueOrDefault(g.Id)))];
        return Page();
    }
}
