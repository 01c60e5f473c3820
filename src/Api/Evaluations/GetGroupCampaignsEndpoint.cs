namespace LivingLibrary.Api.Evaluations;

/// <summary>A campaign in a list: what it is and how far it got, without its answers.</summary>
public sealed record CampaignSummary(Guid Id, CampaignKind Kind, AnswerMode Mode, DateOnly OpensOn, DateOnly ClosesOn, bool Closed, int Answered)
{
    public static CampaignSummary Of(Campaign c) => new(c.Id, c.Kind, c.Mode, c.OpensOn, c.ClosesOn, c.IsClosed, c.Answers.Count);
}

public static class GetGroupCampaignsEndpoint
{
    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MaySee(user.Caller()));

    [WolverineGet("/api/groups/{groupId}/campaigns"), Tags("Evaluations"), EndpointSummary("A group's evaluation campaigns, latest first")]
    public static async Task<IReadOnlyList<CampaignSummary>> Get([ReadAggregate("groupId")] Group group, IQuerySession session) =>
        [.. (await session.Query<Campaign>().Where(c => c.GroupId == group.Id).ToListAsync())
            .OrderByDescending(c => c.OpensOn).ThenByDescending(c => c.Id).Select(CampaignSummary.Of)];
}
