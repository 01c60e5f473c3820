using LivingLibrary.Api.Journal;
using LivingLibrary.Api.Participants;

namespace LivingLibrary.Api.Cases;

public static class GetParticipantCasesEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Participant participant, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(participant, user));

    /// <summary>
    /// The person's cases the caller may see, the latest first: a case is seen through the group it was posted in, so a
    /// facilitator does not see those of a group the person was in before and that they do not run.
    /// </summary>
    [WolverineGet("/api/participants/{participantId}/cases"), Tags("Cases"), EndpointSummary("A participant's cases, the latest first")]
    [Journalled(PersonalRead.Case, "participantId")]
    public static Task<IReadOnlyList<ProblemCase>> Get([ReadAggregate("participantId")] Participant participant, IQuerySession session, ClaimsPrincipal user) =>
        session.CasesOfAsync(participant.Id, user.Caller());

    public static async Task<IReadOnlyList<ProblemCase>> CasesOfAsync(this IQuerySession session, Guid participantId, Caller caller)
    {
        var cases = await session.Query<ProblemCase>().Where(c => c.ParticipantId == participantId).ToListAsync();
        var groups = (await session.LoadManyAsync<Group>(cases.Select(c => c.GroupId!.Value).Distinct())).ToDictionary(g => g.Id);
        return [.. cases.Where(c => c.MaySee(caller, groups.GetValueOrDefault(c.GroupId!.Value), null) is null)
            .OrderByDescending(c => c.PostedOn).ThenBy(c => c.Id)];
    }
}
