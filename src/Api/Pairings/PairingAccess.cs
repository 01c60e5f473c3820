namespace LivingLibrary.Api.Pairings;

public static class PairingAccess
{
    /// <summary>
    /// A pairing is run from the learner's group it was proposed in: whoever may not run that group may not know it exists.
    /// A participant knows only the pairings they are in (docs/adr/0026), on the routes open to them.
    /// </summary>
    public static async Task<Refusal?> MayActOnAsync(this IQuerySession session, Pairing pairing, ClaimsPrincipal user) =>
        user.Caller() is { IsParticipant: true } participant
            ? (participant.PartyIn(pairing) is null ? Refusal.NotFound(Thing.Pairing) : null)
            : (await session.LoadAsync<Group>(pairing.GroupId)) is { } group && group.MayRun(user.Caller()) is null
                ? null
                : Refusal.NotFound(Thing.Pairing);
}
