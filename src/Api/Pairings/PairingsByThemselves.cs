using JasperFx.Events;

namespace LivingLibrary.Api.Pairings;

/// <summary>What the people of a pairing recorded themselves (docs/adr/0026): the event's user is theirs.</summary>
public static class PairingsByThemselves
{
    public static async Task<ByThemselves> ByThemselvesAsync(this IQuerySession session, Pairing pairing) =>
        Of(pairing, await session.Events.FetchStreamAsync(pairing.Id));

    public static ByThemselves Of(Pairing pairing, IEnumerable<IEvent> events)
    {
        Guid PersonOf(Party party) => party == Party.Learner ? pairing.LearnerId : pairing.HelperId;
        bool By(IEvent e, Guid person) => Caller.IsParticipantUser(e.UserName, out var by) && by == person;
        var answered = new List<Party>();
        var sessions = new List<Guid>();
        foreach (var e in events)
        {
            Party? answer = e.Data switch
            {
                PairingAccepted accepted => accepted.Party,
                PairingDeclined declined => declined.Party,
                _ => null,
            };
            if (answer is { } party && By(e, PersonOf(party))) answered.Add(party);
            if (e.Data is HelpSessionLogged { SessionId: { } id } && By(e, pairing.HelperId)) sessions.Add(id);
        }
        return new([.. answered.Distinct()], sessions);
    }
}
