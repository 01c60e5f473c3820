namespace LivingLibrary.Api.Pairings;

public static class PairingAccess
{
    /// <summary>A pairing is run from the learner's group it was proposed in: whoever may not run that group may not know it exists.</summary>
    public static async Task<Refusal?> MayActOnAsync(this IQuerySession session, Pairing pairing, ClaimsPrincipal user) =>
        (await session.LoadAsync<Group>(pairing.GroupId)) is { } group && group.MayRun(user.Caller()) is null
            ? null
            : Refusal.NotFound(Thing.Pairing);
}
