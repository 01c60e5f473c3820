namespace LivingLibrary.Domain.Cases;

public enum CaseStatus
{
    Open,
    Resolved,
    Referred,
    Closed,

    /// <summary>Recorded by mistake: it counts nowhere and takes no more commands.</summary>
    Voided,
}

public sealed record Resolution(IReadOnlyList<string> Steps, Autonomy Autonomy, DateOnly On);

public sealed record Referral(Guid PartnerId, string Reason, DateOnly On, ReferralOutcome? Outcome, string? FollowUpNote, DateOnly? FollowedUpOn);

/// <summary>A referral to another member of a network: the referral is in that member's tenant (docs/adr/0033).</summary>
public sealed record MemberReferral(Guid ReferralId, Guid NetworkId, string OrganisationId, Guid DeskId, IReadOnlyList<Networks.PassedOn> PassedOn, DateOnly On);

public sealed record RevealedNeed(Guid NeedId, string Skill);

/// <summary>
/// A concrete situation a person cannot solve alone, from posted to resolved, referred or closed:
/// the fold of its events, kept as an inline snapshot. A case comes from a group (a participant) or
/// from a drop-in desk (a visitor); its origin never changes.
/// </summary>
public sealed record ProblemCase(
    Guid Id,
    Guid? GroupId,
    Guid? ParticipantId,
    Guid? DeskId,
    DateOnly? SessionOn,
    Visitor? Visitor,
    CaseDetails Details,
    DateOnly PostedOn,
    CaseStatus Status,
    IReadOnlyList<Accompaniment> Accompaniments,
    Resolution? Resolution,
    Referral? Referral,
    string? ClosedReason,
    IReadOnlyList<RevealedNeed> RevealedNeeds)
{
    public int Version { get; set; }

    public int Minutes => Accompaniments.Sum(a => a.Minutes);

    public static ProblemCase Create(CasePosted e) =>
        new(e.CaseId, e.GroupId, e.ParticipantId, null, null, null, e.Details, e.PostedOn, CaseStatus.Open, [], null, null, null, [])
        {
            SharedWithGroup = e.SharedWithGroup,
        };

    /// <summary>The participant shared it with their group, for the next exchange session.</summary>
    public bool SharedWithGroup { get; init; }

    public static ProblemCase Create(DropInRequestRecorded e) =>
        new(e.CaseId, null, null, e.DeskId, e.SessionOn, e.Visitor, e.Details, e.SessionOn, CaseStatus.Open, [], null, null, null, []);

    public ProblemCase Apply(CaseAccompanied e) => this with { Accompaniments = [.. Accompaniments, e.Accompaniment] };

    public ProblemCase Apply(CaseResolved e) => this with { Status = CaseStatus.Resolved, Resolution = new Resolution(e.Steps, e.Autonomy, e.On) };

    public ProblemCase Apply(CaseReferred e) =>
        this with { Status = CaseStatus.Referred, Referral = new Referral(e.PartnerId, e.Reason, e.On, null, null, null), ToMember = null };

    /// <summary>The last referral to a member of a network, if any: the member answers it on its side.</summary>
    public MemberReferral? ToMember { get; init; }

    public ProblemCase Apply(Networks.CaseReferredToMember e) =>
        this with { Status = CaseStatus.Referred, Referral = null, ToMember = new MemberReferral(e.ReferralId, e.NetworkId, e.OrganisationId, e.DeskId, e.PassedOn, e.On) };

    public ProblemCase Apply(ReferralFollowedUp e) =>
        this with { Referral = Referral! with { Outcome = e.Outcome, FollowUpNote = e.Note, FollowedUpOn = e.On } };

    public ProblemCase Apply(CaseClosed e) => this with { Status = CaseStatus.Closed, ClosedReason = e.Reason, ClosedOn = e.On };

    /// <summary>The day it was closed, while it is.</summary>
    public DateOnly? ClosedOn { get; init; }

    /// <summary>The day it ended, solved or closed; null while it is open or with a partner.</summary>
    public DateOnly? EndedOn => Status switch
    {
        CaseStatus.Resolved => Resolution?.On,
        CaseStatus.Closed => ClosedOn,
        _ => null,
    };

    /// <summary>A reopened case is open again; what it went through stays in its history.</summary>
    public ProblemCase Apply(CaseReopened _) => this with { Status = CaseStatus.Open, Resolution = null, ClosedReason = null, ClosedOn = null };

    /// <summary>The accompaniments voided: they count nowhere (<see cref="Accompaniments"/> holds those that count, as corrected).</summary>
    public IReadOnlyList<Guid> VoidedAccompaniments { get; init; } = [];

    public bool Counts => Status != CaseStatus.Voided;

    public ProblemCase Apply(CaseCorrected e) => this with { Details = e.Details };

    public ProblemCase Apply(CaseVoided _) => this with { Status = CaseStatus.Voided };

    public ProblemCase Apply(AccompanimentCorrected e) =>
        this with { Accompaniments = [.. Accompaniments.Select(a => a.AccompanimentId == e.Accompaniment.AccompanimentId ? e.Accompaniment : a)] };

    public ProblemCase Apply(AccompanimentVoided e) =>
        this with
        {
            Accompaniments = [.. Accompaniments.Where(a => a.AccompanimentId != e.AccompanimentId)],
            VoidedAccompaniments = [.. VoidedAccompaniments, e.AccompanimentId],
        };

    /// <summary>How many photos were ever added (some may since have been deleted with time).</summary>
    public int PhotosAdded { get; init; }

    public ProblemCase Apply(CasePhotoAdded _) => this with { PhotosAdded = PhotosAdded + 1 };

    public ProblemCase Apply(CaseRevealedNeed e) => this with { RevealedNeeds = [.. RevealedNeeds, new RevealedNeed(e.NeedId, e.Skill)] };
}
