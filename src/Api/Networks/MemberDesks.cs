namespace LivingLibrary.Api.Networks;

public static class MemberDesks
{
    /// <summary>
    /// The open desks of the other members of every network the organisation is a member of, read across their tenants in
    /// one round trip (docs/adr/0033): what partner suggestions weigh beside the organisation's own directory.
    /// </summary>
    public static async Task<IReadOnlyList<MemberDesk>> MemberDesksAsync(this IQuerySession session, string organisation)
    {
        var networks = (await session.Query<Network>().Where(n => n.AnyTenant() && n.Memberships.Any(m => m.OrganisationId == organisation)).ToListAsync())
            .Where(n => n.IsMember(organisation)).OrderBy(n => n.Id).ToList();
        var members = networks.SelectMany(n => n.Members.Where(m => m != organisation).Select(m => (Member: m, Network: n.Id)))
            .DistinctBy(m => m.Member).ToList();
        if (members.Count == 0) return [];
        var batch = session.CreateBatchQuery();
        var reads = members.Select(m => (m.Member, m.Network, Desks: batch.Query<DropInDesk>().Where(d => d.TenantIsOneOf(m.Member) && !d.IsClosed).ToList()))
            .ToList();
        await batch.Execute();
        return [.. reads.SelectMany(r => r.Desks.Result.Select(d =>
            new MemberDesk(new SuggestedMember(r.Network, r.Member, d.Id), $"{d.Name} ({r.Member})", d.Description.Services, d.Languages,
                d.Description.Postcode is { } postcode ? [postcode] : [])))];
    }
}
