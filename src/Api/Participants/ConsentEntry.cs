using JasperFx.Events;

namespace LivingLibrary.Api.Participants;

public enum ConsentStep
{
    Given,
    Withdrawn,
}

/// <summary>
/// One step of a person's consent: which notice, in which version, on which day, recorded when and by whom. A
/// withdrawal names the notice it took back.
/// </summary>
public sealed record ConsentEntry(ConsentStep Step, string Notice, int Version, DateOnly On, DateTimeOffset RecordedAt, string? RecordedBy)
{
    public static IReadOnlyList<ConsentEntry> Timeline(IEnumerable<IEvent> events)
    {
        var entries = new List<ConsentEntry>();
        Consent? last = null;
        foreach (var e in events)
        {
            var given = e.Data switch
            {
                ParticipantEnrolled enrolled => enrolled.Consent,
                ConsentRecorded recorded => recorded.Consent,
                _ => null,
            };
            if (given is not null)
                entries.Add(new ConsentEntry(ConsentStep.Given, given.Notice, given.Version, given.GivenOn, e.Timestamp, e.UserName));
            else if (e.Data is ConsentWithdrawn withdrawn && last is not null)
                entries.Add(new ConsentEntry(ConsentStep.Withdrawn, last.Notice, last.Version, withdrawn.WithdrawnOn, e.Timestamp, e.UserName));
            last = given ?? last;
        }
        return entries;
    }
}
