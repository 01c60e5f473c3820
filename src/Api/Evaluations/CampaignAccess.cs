namespace LivingLibrary.Api.Evaluations;

public static class CampaignAccess
{
    /// <summary>A campaign is its group's: whoever may see the group may run it; to anyone else it does not exist.</summary>
    public static async Task<Refusal?> MayActOnAsync(this IQuerySession session, Campaign? campaign, ClaimsPrincipal user) =>
        campaign is not null && await session.LoadAsync<Group>(campaign.GroupId) is { } group && group.MaySee(user.Caller()) is null
            ? null
            : Refusal.NotFound(Thing.Campaign);
}
