namespace LivingLibrary.Api.Networks;

/// <summary>What a network's views are built from (docs/adr/0011): its members' stored months and its former members' shares.</summary>
public static class NetworkReads
{
    /// <summary>
    /// The months of each member, read across their tenants in one round trip (documents of counts only, kept by the
    /// observatory projection), and of each former member, from what it shared when it left.
    /// </summary>
    public static async Task<IReadOnlyList<MemberMonths>> MemberMonthsAsync(this IQuerySession networkSession, IDocumentStore store, Network network,
        IReadOnlyList<string> months)
    {
        var members = network.Members.Order(StringComparer.Ordinal).ToArray();
        var ids = months.ToArray();
        var byMember = new List<(string Member, Task<IReadOnlyList<ObservatoryMonth>> Months)>();
        if (members.Length > 0)
        {
            await using var across = store.QuerySession();
            var batch = across.CreateBatchQuery();
            foreach (var member in members)
                byMember.Add((member, batch.Query<ObservatoryMonth>().Where(m => m.TenantIsOneOf(member) && m.Id.IsOneOf(ids)).ToList()));
            await batch.Execute();
        }
        var former = (await networkSession.Query<NetworkShare>().ToListAsync()).Where(s => !network.IsMember(s.Id));
        return
        [
            .. byMember.Select(m => new MemberMonths(m.Member, false, m.Months.Result)),
            .. former.OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => new MemberMonths(s.Id, true, [.. s.Months.Where(m => ids.Contains(m.Id))])),
        ];
    }

    /// <summary>The built-in services and every member's own (a former member's too), so that the network's CSV names a member's service as the member's does.</summary>
    public static async Task<ServiceList> MemberServicesAsync(this IDocumentStore store, IReadOnlyList<MemberMonths> members)
    {
        var organisations = members.Select(m => m.OrganisationId).ToArray();
        if (organisations.Length == 0) return ServiceList.BuiltIn;
        await using var across = store.QuerySession();
        var own = await across.Query<OrganisationService>().Where(s => s.TenantIsOneOf(organisations)).ToListAsync();
        return new ServiceList(own.Select(s => s.ToService()).DistinctBy(s => s.Code).OrderBy(s => s.Code, StringComparer.Ordinal));
    }
}
