using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Domain.Pairings;

/// <summary>The events of each accepted step, on the pairing's stream and, when it starts or ends, on the helper's.</summary>
public static class PairingDecisions
{
    /// <summary>An answer already given changes nothing; the second "yes" starts the pairing.</summary>
    public static (IReadOnlyList<object> Pairing, IReadOnlyList<object> Helper) Accept(Pairing pairing, Party party, DateOnly today)
    {
        if (pairing.AcceptedBy.Contains(party)) return ([], []);
        var bothAccepted = pairing.AcceptedBy.Count + 1 == 2;
        return bothAccepted
            ? ([new PairingAccepted(pairing.Id, party), new PairingStarted(pairing.Id, pairing.HelperId, today)],
                [new HelperEngaged(pairing.HelperId, pairing.Id)])
            : ([new PairingAccepted(pairing.Id, party)], []);
    }

    public static PairingDeclined Decline(Pairing pairing, DeclinePairing c) => new(pairing.Id, c.Party, Blank(c.Reason));

    public static HelpSessionLogged Log(Pairing pairing, LogHelpSession c) =>
        new(pairing.Id, c.HeldOn!.Value, c.DurationMinutes!.Value, c.WorkedOn!, c.LearnerFelt!.Value);

    public static (PairingEnded Pairing, HelperReleased Helper) End(Pairing pairing, EndPairing c, DateOnly today) =>
        (new PairingEnded(pairing.Id, pairing.HelperId, today, c.Outcome!.Value, Blank(c.Reason), Blank(c.LearnerFeedback), Blank(c.HelperFeedback)),
            new HelperReleased(pairing.HelperId, pairing.Id));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
