using LivingLibrary.Api.Networks;

namespace LivingLibrary.Api.Cases;

public static class GetPartnerSuggestionsEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(ProblemCase problem, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(problem, user));

    /// <summary>
    /// Active partners that handle the case's service or difficulty, and the open desks of the members of the organisation's networks, scored with the person's languages and area, each with its
    /// reasons in the request's language (<c>language</c>: fr, nl or en; else Accept-Language) and as codes (docs/adr/0020).
    /// </summary>
    [WolverineGet("/api/cases/{caseId}/partner-suggestions"), Tags("Cases"), EndpointSummary("Partners the case could be referred to, best first, each with why")]
    public static async Task<IReadOnlyList<PartnerSuggestionView>> Get([ReadAggregate("caseId")] ProblemCase problem, IQuerySession session,
        Catalogue catalogue, string? language = null)
    {
        var person = problem.ParticipantId is { } id ? await session.LoadAsync<Participant>(id) : null;
        var partners = await session.Query<Partner>().Where(p => p.IsActive).ToListAsync();
        var names = new Names(ServiceList: await session.ServiceListAsync());
        var desks = await session.MemberDesksAsync(session.TenantId);
        return [.. PartnerSuggestions.For(problem.Details, person?.Languages ?? problem.Visitor?.Languages ?? [], problem.Visitor?.PostcodeArea, partners, desks)
            .Select(s => new PartnerSuggestionView(s.PartnerId, s.Name, s.Kind, s.Score, [.. s.Reasons.Select(r => catalogue.Say(r, names))], s.Reasons,
                s.Contact, s.OpeningHours, s.Accessibility, s.Member))];
    }
}

/// <summary>
/// A partner a case could be referred to, or a desk of another member of a network (<paramref name="Member"/>, no partner id):
/// why, in the request's language and as codes with their arguments.
/// </summary>
public sealed record PartnerSuggestionView(Guid? PartnerId, string Name, PartnerKind Kind, int Score, IReadOnlyList<string> Reasons,
    IReadOnlyList<Message> ReasonCodes, string? Contact, string? OpeningHours, string? Accessibility, SuggestedMember? Member = null);
