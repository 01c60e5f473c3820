
namespace LivingLibrary.Api.Participants;

public static class ParticipantAccess
{
    /// <summary>Whether the caller may act on this participant: decided by the group they are in now.</summary>
    public static async Task<Refusal?> MayActOnAsync(this IQuerySession session, Participant participant, ClaimsPrincipal user) =>
        (await session.LoadAsync<Group>(participant.GroupId)).MayActOnParticipant(user.Caller());
}
