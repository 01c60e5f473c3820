namespace LivingLibrary.Api.Activities;

/// <summary>An occurrence in a programme, with what a list needs of its activity.</summary>
public sealed record ProgrammeEntry(Occurrence Occurrence, ActivityKind Kind, string Title, Guid? PartnerId, string? Host, bool Open);

public static class GetGroupProgrammeEndpoint
{
    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MaySee(user.Caller()));

    [WolverineGet("/api/groups/{groupId}/programme"), Tags("Programme")]
    [EndpointSummary("A group's programme between two days (by default the coming three months): every occurrence, cancelled ones marked")]
    [ProducesResponseType<IReadOnlyList<ProgrammeEntry>>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get([ReadAggregate("groupId")] Group group, DateOnly? from, DateOnly? to, IQuerySession session, TimeProvider clock)
    {
        var today = clock.Today();
        var (first, last) = (from ?? today, to ?? (from ?? today).AddMonths(3));
        if (ActivityRules.Period(first, last, today) is { } refused) return Results.Problem(refused.ToProblem());
        var activities = await session.Query<Activity>().Where(a => a.GroupId == group.Id).ToListAsync();
        return Results.Ok(Programme.Of(activities, first, last));
    }
}

public static class Programme
{
    public static IReadOnlyList<ProgrammeEntry> Of(IEnumerable<Activity> activities, DateOnly from, DateOnly to) =>
        [.. activities.SelectMany(a => a.Occurrences(from, to).Select(o => new ProgrammeEntry(o, a.Kind, a.Title, a.PartnerId, a.Host, a.Open)))
            .OrderBy(e => e.Occurrence.On).ThenBy(e => e.Occurrence.Starts)];
}
