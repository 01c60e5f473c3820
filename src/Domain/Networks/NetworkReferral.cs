using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.DropIns;

namespace LivingLibrary.Domain.Networks;

// A referral to another member of a network (docs/adr/0033). Its stream is in the receiving member's tenant and holds only
// what the person agreed to pass on; the sending member's case keeps the link (CaseReferredToMember) and reads the answer.

/// <summary>What a person may agree to pass on to the member they are referred to; nothing else of theirs crosses.</summary>
public enum PassedOn
{
    /// <summary>Their first name or pseudonym, as the sender knows them.</summary>
    Name,
    Contact,

    /// <summary>The problem in their own words (the case's goal); its service and kind of difficulty always go, as codes.</summary>
    Problem,
    Languages,
}

/// <summary>What was passed on: a field is null (or empty) unless the person agreed to it.</summary>
public sealed record PassedDetails(string? Name, string? Contact, string? Problem, IReadOnlyList<string> Languages);

/// <summary>
/// The case was referred to a desk of another member of the network, with the person's consent to pass on what
/// <see cref="PassedOn"/> lists; the referral itself is <see cref="ReferralId"/> in the receiving member's tenant.
/// </summary>
public sealed record CaseReferredToMember(Guid CaseId, Guid ReferralId, Guid NetworkId, string OrganisationId, Guid DeskId,
    IReadOnlyList<PassedOn> PassedOn, Consent Consent, DateOnly On);

/// <summary>
/// A member referred someone to one of this organisation's desks. <see cref="VisitorId"/> is this organisation's own id for
/// the person (for its journal, export and erasure); nothing in it names the sender's case or visitor.
/// </summary>
public sealed record ReferralReceived(Guid ReferralId, Guid NetworkId, string FromOrganisation, Guid DeskId, Guid VisitorId, string Service,
    string Difficulty, PassedDetails Passed, Consent Consent, DateOnly On);

public sealed record ReferralAccepted(Guid ReferralId, DateOnly On);

public enum DeclineReason
{
    OutsideOurServices,
    NoCapacity,
    LanguageNotSpoken,
    TooFar,
    Other,
}

public sealed record ReferralDeclined(Guid ReferralId, DeclineReason Reason, string? Note, DateOnly On);

/// <summary>What came of an accepted referral, as the receiving member saw it.</summary>
public enum ReferralResult
{
    Helped,
    PartlyHelped,
    NotHelped,
    DidNotCome,
}

/// <summary>The outcome; a later one replaces an earlier one. Its note stays with the receiving member.</summary>
public sealed record ReferralOutcomeRecorded(Guid ReferralId, ReferralResult Result, string? Note, DateOnly On);

public enum ReferralStatus
{
    Received,
    Accepted,
    Declined,
}

/// <summary>A referral received from another member of a network, folded from its events in the receiving member's tenant.</summary>
public sealed record NetworkReferral(Guid Id, Guid NetworkId, string FromOrganisation, Guid DeskId, Guid VisitorId, string Service, string Difficulty,
    PassedDetails Passed, Consent Consent, DateOnly ReceivedOn, ReferralStatus Status)
{
    public const int NoteMax = 1_000;

    public int Version { get; set; }

    public DeclineReason? DeclineReason { get; init; }
    public string? DeclineNote { get; init; }
    public DateOnly? AnsweredOn { get; init; }
    public ReferralResult? Result { get; init; }
    public string? ResultNote { get; init; }
    public DateOnly? ResultOn { get; init; }

    public static NetworkReferral Create(ReferralReceived e) =>
        new(e.ReferralId, e.NetworkId, e.FromOrganisation, e.DeskId, e.VisitorId, e.Service, e.Difficulty, e.Passed, e.Consent, e.On, ReferralStatus.Received);

    public NetworkReferral Apply(ReferralAccepted e) => this with { Status = ReferralStatus.Accepted, AnsweredOn = e.On };

    public NetworkReferral Apply(ReferralDeclined e) =>
        this with { Status = ReferralStatus.Declined, DeclineReason = e.Reason, DeclineNote = e.Note, AnsweredOn = e.On };

    public NetworkReferral Apply(ReferralOutcomeRecorded e) => this with { Result = e.Result, ResultNote = e.Note, ResultOn = e.On };
}

/// <summary>Who may see a referral received: whoever may see the desk it was sent to (its staff, the coordinators); to anyone else it does not exist.</summary>
public static class NetworkReferralRules
{
    public static Refusal? MaySee(this NetworkReferral? referral, DropInDesk? desk, Caller caller) =>
        referral is not null && desk is not null && desk.Id == referral.DeskId && desk.MaySee(caller) is null ? null : Refusal.NotFound(Thing.Referral);
}
