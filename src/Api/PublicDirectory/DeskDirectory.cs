namespace LivingLibrary.Api.PublicDirectory;

/// <summary>A code and its name in the reader's language.</summary>
public sealed record Named(string Code, string Name);

/// <summary>
/// A desk as the public directory shows it (docs/adr/0032): where, when, in which languages, how accessible, for which
/// services, hosted by what and staffed by which kinds of people. Never who staffs it, never whom it helped.
/// </summary>
public sealed record DirectoryDesk(Guid DeskId, string OrganisationId, string Name, string Place, string? Postcode, IReadOnlyList<WeeklyHours> Hours,
    IReadOnlyList<string> Languages, Named? HostPlace, IReadOnlyList<Named> StaffKinds, IReadOnlyList<Named> Accessibility, IReadOnlyList<Named> Services)
{
    [JsonIgnore] public DateTimeOffset LastModified { get; init; }
}

/// <summary>The desks of a network's members, or of one organisation, that a reader asked for.</summary>
public sealed record DeskDirectory(string Name, IReadOnlyList<DirectoryDesk> Desks);

/// <summary>One organisation's open desks, with the lists their codes are named from.</summary>
public sealed record MemberDesks(string OrganisationId, IReadOnlyList<DropInDesk> Desks, DeskVocabulary Lists, ServiceList Services)
{
    public IEnumerable<DirectoryDesk> Shown(DirectoryFilter filter, string language) =>
        Desks.Where(filter.Admits).Select(d => new DirectoryDesk(d.Id, OrganisationId, d.Name, d.Place, d.Description.Postcode,
            [.. d.Hours.OrderBy(h => ((int)h.Day + 6) % 7).ThenBy(h => h.From)], d.Languages,
            Name(Lists.Find(Lists.HostPlaces, d.Description.HostPlace), language),
            Names(d.Description.StaffKinds, c => Lists.Find(Lists.StaffKinds, c), language),
            Names(d.Description.Accessibility, c => Lists.Find(Lists.Accessibility, c), language),
            Names(d.Description.Services, c => Services.Find(c) is { } s ? new DeskCode(s.Code, s.Name) : null, language))
        {
            LastModified = d.LastModified,
        });

    private static Named? Name(DeskCode? code, string language) => code is null ? null : new Named(code.Code, code.Name.In(language));

    private static IReadOnlyList<Named> Names(IEnumerable<string> codes, Func<string, DeskCode?> find, string language) =>
        [.. codes.Select(find).OfType<DeskCode>().Select(c => new Named(c.Code, c.Name.In(language)))];
}

public static class DirectoryReads
{
    /// <summary>The open desks of these organisations, their own lists and services: one round trip across their tenants.</summary>
    public static async Task<IReadOnlyList<MemberDesks>> MemberDesksAsync(this IDocumentStore store, IEnumerable<string> organisations)
    {
        var members = organisations.Order(StringComparer.Ordinal).ToArray();
        if (members.Length == 0) return [];
        await using var across = store.QuerySession();
        var batch = across.CreateBatchQuery();
        var reads = members.Select(member => (
            Member: member,
            Desks: batch.Query<DropInDesk>().Where(d => d.TenantIsOneOf(member) && !d.IsClosed).OrderBy(d => d.Name).ToList(),
            Lists: batch.Query<DeskListEntry>().Where(e => e.TenantIsOneOf(member)).ToList(),
            Services: batch.Query<OrganisationService>().Where(s => s.TenantIsOneOf(member)).ToList())).ToList();
        await batch.Execute();
        return [.. reads.Select(r => new MemberDesks(r.Member, r.Desks.Result, new DeskVocabulary(r.Lists.Result),
            new ServiceList(r.Services.Result.OrderBy(s => s.Code, StringComparer.Ordinal).Select(s => s.ToService()))))];
    }

    public static DeskDirectory Directory(string name, IEnumerable<MemberDesks> members, DirectoryFilter filter, string language) =>
        new(name, [.. members.SelectMany(m => m.Shown(filter, language))]);
}
