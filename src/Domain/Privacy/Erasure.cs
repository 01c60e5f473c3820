using System.ComponentModel.DataAnnotations;
namespace LivingLibrary.Domain.Privacy;

/// <summary>Why a person was erased: nothing more (a free text could name them).</summary>
public enum ErasureReason
{
    /// <summary>They asked (GDPR article 17).</summary>
    Request,

    /// <summary>The organisation's retention period after leaving had passed.</summary>
    Retention,

    Other,
}

/// <summary>
/// A participant's personal data was erased everywhere (docs/adr/0014): on their own stream, so that the snapshot forgets
/// them at once and every view recomputed from it too. It holds nothing about them.
/// </summary>
public sealed record PersonErased(Guid ParticipantId, ErasureReason Reason, DateOnly On);

/// <summary>A drop-in visitor's data was erased: a stream of its own, under the visitor's id, since a visitor has no other.</summary>
public sealed record VisitorErased(Guid VisitorId, ErasureReason Reason, DateOnly On);

/// <summary>That a visitor was erased, and when: the record of an erasure, nothing about the person.</summary>
public sealed record VisitorErasure(Guid Id, ErasureReason Reason, DateOnly On)
{
    public int Version { get; set; }

    public static VisitorErasure Create(VisitorErased e) => new(e.VisitorId, e.Reason, e.On);
}

public static class ErasureRules
{
    public static Refusal? MayErase(this Caller caller) =>
        caller.IsCoordinator ? null : Refusal.Forbidden(Says.CoordinatorErases);
}

/// <summary>A coordinator erases a person. Erasing again appends nothing, and masks again what may have been missed.</summary>
public sealed record ErasePerson([Required] ErasureReason? Reason)
{
    public Refusal? Check() =>
        new Fields().Choice("reason", Reason).Refusal();

    public Decision Decide(Participants.Participant participant, DateOnly today) =>
        Check() ?? (participant.IsErased ? Decision.Nothing : Decision.Append(new PersonErased(participant.Id, Reason!.Value, today)));

}
