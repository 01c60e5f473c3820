
namespace LivingLibrary.Api.Participants;

public static class ParticipantAccess
{
    /// <summary>
    /// Whether the caller may act on this participant: staff by the group they are in now; a participant only on themself
    /// (docs/adr/0026), on the routes open to them.
    /// </summary>
    public static async Task<Refusal?> MayActOnAsync(this IQuerySession session, Participant participant, ClaimsPrincipal user) =>
        user.Caller() is { IsParticipant: true } caller
            ? caller.MayActForThemself(participant.Id)
            : (await session.LoadAsync<Group>(participant.GroupId)).MayActOnParticipant(user.Caller());
}
