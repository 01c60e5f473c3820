namespace LivingLibrary.Api.Cases;

/// <summary>A case on a board or a sheet, with who it is for when the caller may know it.</summary>
/// <param name="RecordedBy">On a group's board, who posted it: "participant" when the participant did, for themself; "staff" otherwise.</param>
public sealed record CaseCard(ProblemCase Case, string? PersonName, string? RecordedBy = null);

public static class GetGroupCasesEndpoint
{
    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MaySee(user.Caller()));

    /// <summary>The group's board: its open cases, most urgent first (urgency, nearest due date, oldest); or the cases in another state.</summary>
    [WolverineGet("/api/groups/{groupId}/cases"), Tags("Cases"), EndpointSummary("A group's board of cases, most urgent first")]
    public static async Task<IReadOnlyList<CaseCard>> Get([ReadAggregate("groupId")] Group group, IQuerySession session, CaseStatus? status)
    {
        var wanted = status ?? CaseStatus.Open;
        var cases = await session.Query<ProblemCase>().Where(c => c.GroupId == group.Id && c.Status == wanted).ToListAsync();
        var people = (await session.LoadManyAsync<Participant>(cases.Select(c => c.ParticipantId!.Value).Distinct())).ToDictionary(p => p.Id);
        var postedBy = await session.PostedByAsync([.. cases.Select(c => c.Id)]);
        return [.. CaseBoard.MostUrgentFirst(cases).Select(c => new CaseCard(c, people.GetValueOrDefault(c.ParticipantId!.Value)?.Person.DisplayName,
            postedBy.GetValueOrDefault(c.Id)))];
    }
}
