using LivingLibrary.Api.Cases;

namespace LivingLibrary.Api.Me;

/// <summary>A participant's own case, as they follow it: what they asked, and what was done, newest first.</summary>
public sealed record MyCase(Guid Id, string Service, string WhatHappened, DateOnly PostedOn, DateOnly? DueOn, CaseStatus Status,
    bool SharedWithGroup, IReadOnlyList<MyCaseStep> Steps, IReadOnlyList<Guid> Photos);

/// <summary>
/// One thing that happened to the case: someone helped (the steps done), it was solved, the person was sent to a partner
/// (their name, contact and opening hours), it was closed; <paramref name="Kind"/> says which.
/// </summary>
public sealed record MyCaseStep(DateOnly On, MyCaseStepKind Kind, IReadOnlyList<string> Done, MyPartner? Partner);

public enum MyCaseStepKind
{
    Posted,
    Helped,
    Solved,
    SentToPartner,
    Closed,
}

public sealed record MyPartner(string Name, string? Contact, string? OpeningHours, string? Accessibility, string Why);

public static class GetMyCasesEndpoint
{
    /// <summary>Their own cases, the latest first (docs/adr/0026): they see nobody else's.</summary>
    [WolverineGet("/api/me/cases"), Tags("Me"), EndpointSummary("A participant's own cases, the latest first")]
    [ForCallers(CallerKinds.Participant)]
    public static async Task<IReadOnlyList<MyCase>> Get(IQuerySession session, ClaimsPrincipal user)
    {
        var me = user.Caller().ParticipantId!.Value;
        var cases = await session.Query<ProblemCase>().Where(c => c.ParticipantId == me && c.Status != CaseStatus.Voided).ToListAsync();
        var photos = await session.PhotosOfAsync([.. cases.Select(c => c.Id)]);
        var partners = await session.PartnersOfAsync(cases);
        return [.. cases.OrderByDescending(c => c.PostedOn).ThenByDescending(c => c.Id).Select(c => c.ToMine(partners, photos))];
    }

    internal static async Task<IReadOnlyDictionary<Guid, Partner>> PartnersOfAsync(this IQuerySession session, IEnumerable<ProblemCase> cases) =>
        (await session.LoadManyAsync<Partner>(cases.Where(c => c.Referral is not null).Select(c => c.Referral!.PartnerId).Distinct()))
        .ToDictionary(p => p.Id);

    internal static MyCase ToMine(this ProblemCase c, IReadOnlyDictionary<Guid, Partner> partners, ILookup<Guid, Guid> photos)
    {
        List<MyCaseStep> steps = [new(c.PostedOn, MyCaseStepKind.Posted, [], null)];
        steps.AddRange(c.Accompaniments.Select(a => new MyCaseStep(a.On, MyCaseStepKind.Helped, a.Steps, null)));
        if (c.Resolution is { } solved) steps.Add(new(solved.On, MyCaseStepKind.Solved, solved.Steps, null));
        if (c.Referral is { } referral && partners.GetValueOrDefault(referral.PartnerId) is { } partner)
            steps.Add(new(referral.On, MyCaseStepKind.SentToPartner, [],
                new MyPartner(partner.Details.Name, partner.Details.Contact, partner.Details.OpeningHours, partner.Details.Accessibility, referral.Reason)));
        if (c is { Status: CaseStatus.Closed, ClosedOn: { } closed }) steps.Add(new(closed, MyCaseStepKind.Closed, [], null));
        return new MyCase(c.Id, c.Details.Service, c.Details.Goal, c.PostedOn, c.Details.DueOn, c.Status, c.SharedWithGroup,
            [.. steps.Select((s, i) => (s, i)).OrderByDescending(x => x.s.On).ThenByDescending(x => x.i).Select(x => x.s)], [.. photos[c.Id]]);
    }
}

public static class GetMyCaseEndpoint
{
    /// <summary>Only their own case exists for them: another person's, or none, is the same 404.</summary>
    public static ProblemDetails Validate(ProblemCase problem, ClaimsPrincipal user) =>
        Problems.FirstOf(problem.ParticipantId == user.Caller().ParticipantId && problem.Counts ? null : Refusal.NotFound(Thing.Case));

    [WolverineGet("/api/me/cases/{caseId}"), Tags("Me"), EndpointSummary("One of a participant's own cases: what was done, newest first")]
    [ForCallers(CallerKinds.Participant)]
    public static async Task<MyCase> Get([ReadAggregate("caseId")] ProblemCase problem, IQuerySession session) =>
        problem.ToMine(await session.PartnersOfAsync([problem]), await session.PhotosOfAsync([problem.Id]));
}
