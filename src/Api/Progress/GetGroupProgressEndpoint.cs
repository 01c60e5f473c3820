using LivingLibrary.Api.Activities;
namespace LivingLibrary.Api.Progress;

/// <summary>Each person's progress, named for the group's facilitators, and the group's together: exact, since each person's figures are beside it (docs/adr/0018).</summary>
public sealed record GroupProgressView(GroupProgress Together, IReadOnlyList<NamedProgress> People);

public sealed record NamedProgress(string DisplayName, PersonProgress Progress);

public static class GetGroupProgressEndpoint
{
    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MaySee(user.Caller()));

    [WolverineGet("/api/groups/{groupId}/progress"), Tags("Evaluations"), EndpointSummary("Before and after: each participant's progress per skill, and the group's")]
    public static async Task<GroupProgressView> Get([ReadAggregate("groupId")] Group group, IQuerySession session)
    {
        var people = await session.Query<Participant>().Where(p => p.GroupId == group.Id && !p.HasLeft).ToListAsync();
        var progress = await session.ProgressOfAsync(people);
        return new GroupProgressView(Domain.Evaluations.Progress.Together(progress, FigureRule.Exact),
            [.. people.Zip(progress, (p, x) => new NamedProgress(p.Person.DisplayName, x)).OrderBy(p => p.DisplayName, StringComparer.CurrentCulture)]);
    }

    /// <summary>The progress of these people, from their campaigns' answers, the pairings they were in and the cases they helped on.</summary>
    public static async Task<IReadOnlyList<PersonProgress>> ProgressOfAsync(this IQuerySession session, IReadOnlyList<Participant> people)
    {
        var ids = people.Select(p => p.Id).ToArray();
        var groups = people.SelectMany(p => p.GroupIds).Distinct().ToArray();
        var campaigns = await session.Query<Campaign>().Where(c => c.GroupId.IsOneOf(groups)).ToListAsync();
        var pairings = await session.PairingsOfAsync(ids);
        var cases = await session.Query<ProblemCase>().Where(c => c.GroupId!.Value.IsOneOf(groups) && c.Status == CaseStatus.Resolved).ToListAsync();
        var skills = await session.SkillCatalogueAsync();
        var activities = await session.Query<Activity>().Where(a => a.GroupId.IsOneOf(groups)).ToListAsync();
        var came = Hours.Of(activities, DateOnly.MinValue, DateOnly.MaxValue, await session.StaysAsync(ids))
            .Participants.ToDictionary(p => p.ParticipantId, p => p.Came);
        return [.. people.Select(p => Domain.Evaluations.Progress.Of(p, campaigns, pairings.Where(x => x.Involves(p.Id)), cases, skills)
            with { Came = came.GetValueOrDefault(p.Id) ?? [] })];
    }
}
