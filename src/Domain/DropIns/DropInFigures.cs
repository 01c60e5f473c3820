namespace LivingLibrary.Domain.DropIns;

/// <summary>
/// One drop-in request as figures count it: its desk and day (the session), the visitor's id (a returning visitor's requests
/// share it), the service, and the first language and the postcode area the visitor gave. Nothing else of the person. The
/// desk's host place and who staffs it (its staff kinds, in one code: <c>employee+volunteer</c>) come from its description.
/// </summary>
public sealed record Visit(Guid DeskId, DateOnly SessionOn, Guid VisitorId, string Service, string? Language, string? PostcodeArea,
    string? HostPlace = null, string? Staff = null)
{
    /// <summary>The visit with what its desk's public description says of the desk (docs/adr/0032).</summary>
    public Visit At(DropInDesk? desk) =>
        desk is null ? this
            : this with { HostPlace = desk.Description.HostPlace, Staff = desk.Description.StaffKinds.Count == 0 ? null : string.Join('+', desk.Description.StaffKinds.Order(StringComparer.Ordinal)) };

    /// <summary>The visit a case counts for: a drop-in request that was not voided, else none.</summary>
    public static Visit? Of(ProblemCase c) =>
        c is { Counts: true, DeskId: { } desk, SessionOn: { } on, Visitor: { } v }
            ? new(desk, on, v.VisitorId, c.Details.Service, v.Languages.FirstOrDefault(), v.PostcodeArea)
            : null;
}

public sealed record ServiceCount(string Service, int Requests, int People);

/// <summary>A drop-in session (a desk on a day): its requests, the people who made them, and both by service.</summary>
public sealed record SessionFigures(DateOnly On, int Requests, int People, IReadOnlyList<ServiceCount> Services);

/// <summary>
/// A desk over a period: the sessions it held (days with a request), its requests and the people who made them (each once,
/// however often they came), how many of them came to more than one session, by service, and session by session.
/// </summary>
public sealed record DeskFigures(Guid DeskId, string Name, int Sessions, int Requests, int People, int ReturningPeople,
    IReadOnlyList<ServiceCount> Services, IReadOnlyList<SessionFigures> SessionList);

/// <summary>
/// An organisation's drop-ins over a period, desk by desk and session by session, as its own staff see them: exact (they
/// wrote every request on the sheets; docs/adr/0018's exact views). People are counted once within the organisation.
/// </summary>
public sealed record DropInFigures(DateOnly? From, DateOnly? To, int Requests, int People, int ReturningPeople, IReadOnlyList<DeskFigures> Desks)
{
    public static DropInFigures Of(DateOnly? from, DateOnly? to, IEnumerable<DropInDesk> desks, IEnumerable<Visit> visits)
    {
        var inPeriod = visits.Where(v => (from is null || v.SessionOn >= from) && (to is null || v.SessionOn <= to)).ToList();
        var names = desks.ToDictionary(d => d.Id, d => d.Name);
        var figures = inPeriod.GroupBy(v => v.DeskId)
            .Select(d => new DeskFigures(d.Key, names.GetValueOrDefault(d.Key, ""), d.Select(v => v.SessionOn).Distinct().Count(), d.Count(), PeopleIn(d),
                ReturningIn(d), ServicesIn(d),
                [.. d.GroupBy(v => v.SessionOn).OrderBy(s => s.Key).Select(s => new SessionFigures(s.Key, s.Count(), PeopleIn(s), ServicesIn(s)))]))
            .OrderBy(d => d.Name, StringComparer.Ordinal).ThenBy(d => d.DeskId).ToList();
        return new DropInFigures(from, to, inPeriod.Count, PeopleIn(inPeriod), ReturningIn(inPeriod), figures);
    }

    private static int PeopleIn(IEnumerable<Visit> visits) => visits.Select(v => v.VisitorId).Distinct().Count();

    /// <summary>People who came to more than one session (two desks, or one desk on two days).</summary>
    private static int ReturningIn(IEnumerable<Visit> visits) =>
        visits.GroupBy(v => v.VisitorId).Count(p => p.Select(v => (v.DeskId, v.SessionOn)).Distinct().Count() > 1);

    private static IReadOnlyList<ServiceCount> ServicesIn(IEnumerable<Visit> visits) =>
        [.. visits.GroupBy(v => v.Service).OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new ServiceCount(s.Key, s.Count(), PeopleIn(s)))];
}
