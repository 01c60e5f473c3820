namespace LivingLibrary.Api.DropIns;

/// <summary>A visitor found again by their pseudonym and postcode area: enough to tie a new request to them, nothing more.</summary>
public sealed record FoundVisitor(Guid VisitorId, string Pseudonym, string PostcodeArea, IReadOnlyList<string> Languages, DateOnly LastCame);

public static class FindVisitorsEndpoint
{
    public static ProblemDetails Validate(string? pseudonym, string? postcodeArea) =>
        Problems.FirstOf(new Fields()
            .Check("pseudonym", Fields.Blank(pseudonym) is not null, Says.LookupNeedsPseudonymAndArea)
            .Check("postcodeArea", Fields.Blank(postcodeArea) is not null, Says.LookupNeedsPseudonymAndArea)
            .Refusal());

    /// <summary>
    /// Only visitors who agreed to be found this way (at their latest request), and not erased; for the staff of a desk and the
    /// coordinators, at any desk of the organisation. The pseudonym is compared without case or accents.
    /// </summary>
    [WolverineGet("/api/visitors"), Tags("Drop-ins")]
    [EndpointSummary("Find a returning drop-in visitor by their pseudonym and postcode area, among those who agreed to be found so (desk staff, coordinators)")]
    public static async Task<IReadOnlyList<FoundVisitor>> Get(string? pseudonym, string? postcodeArea, IQuerySession session, ClaimsPrincipal user)
    {
        var caller = user.Caller();
        if (!caller.IsCoordinator && !await session.Query<DropInDesk>().AnyAsync(d => d.Staff.Any(s => s.UserId == caller.UserId))) return [];
        var area = postcodeArea!.Trim();
        var latest = (await session.Query<ProblemCase>().Where(c => c.Visitor!.PostcodeArea == area).ToListAsync())
            .GroupBy(c => c.Visitor!.VisitorId)
            .Select(v => v.OrderBy(c => c.PostedOn).ThenBy(c => c.Id.ToString(), StringComparer.Ordinal).Last())
            .Where(c => c.Visitor!.Findable && Plain(c.Visitor.Pseudonym ?? "") == Plain(pseudonym!))
            .ToList();
        var erased = (await session.LoadManyAsync<VisitorErasure>([.. latest.Select(c => c.Visitor!.VisitorId)])).Select(e => e.Id).ToHashSet();
        return [.. latest.Where(c => !erased.Contains(c.Visitor!.VisitorId)).OrderByDescending(c => c.PostedOn)
            .Select(c => new FoundVisitor(c.Visitor!.VisitorId, c.Visitor.Pseudonym!, c.Visitor.PostcodeArea!, c.Visitor.Languages, c.PostedOn))];
    }

    private static string Plain(string text) => string.Join(' ', Mentions.Words(text));
}
