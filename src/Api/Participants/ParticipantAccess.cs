
namespace LivingLibrary.Api.Participants;

public static class ParticipantAccess
{
    /// <summary>
    /// Whether the caller may act on this participant: decided by the group they are in now; a participant, on the routes
    /// open to them, acts only for themself (docs/adr/0026).
    /// </summary>
    public static async Task<Refusal?> MayActOnAsync(this IQuerySession session, Participant participant, ClaimsPrincipal user) =>
        user.Caller() is { IsParticipant: true } caller
            ? caller.MayActFor(participant.Id)
            : (await session.LoadAsync<Group>(participant.GroupId)).MayActOnParticipant(user.Caller());
}
