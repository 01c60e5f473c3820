namespace LivingLibrary.Api.Journal;

/// <summary>What of a person's data was read: one of the routes that show it (docs/adr/0013).</summary>
public enum PersonalRead
{
    Profile,
    Progress,
    Pairings,
    Loans,
    Case,
    CaseTimeline,
    Export,

    /// <summary>A referral received from a member of a network, with what the person agreed to pass on (docs/adr/0033).</summary>
    Referral,
}

/// <summary>
/// One read of a person's data by a member of staff: who (their user id), when, what, and about whom, in the
/// organisation's tenant. Ids and codes only, never a name or a text: the person's id is all there is to erase.
/// </summary>
/// <param name="CaseId">The case read, when the read was of a case of theirs.</param>
public sealed record AccessJournalEntry(Guid Id, DateTimeOffset At, string UserId, PersonalRead Read, PersonKind PersonKind, Guid PersonId,
    Guid? CaseId = null);
