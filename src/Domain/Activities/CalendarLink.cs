using System.ComponentModel.DataAnnotations;

namespace LivingLibrary.Domain.Activities;

/// <summary>A secret calendar address: whose feed it opens, and whether it was revoked. Its own stream.</summary>
public sealed record CalendarLink(Guid Id, FeedOf Of, Guid? GroupId, string? FacilitatorId, Guid? ParticipantId, string SecretHash, bool Revoked)
{
    public int Version { get; set; }

    public static CalendarLink Create(CalendarLinkCreated e) => new(e.CalendarLinkId, e.Of, e.GroupId, e.FacilitatorId, e.ParticipantId, e.SecretHash, false);

    public CalendarLink Apply(CalendarLinkRevoked e) => this with { Revoked = true };
}

/// <summary>The staff make a calendar address from a group's page: the group's own, or the facilitator's (every group they run).</summary>
public sealed record CreateCalendarLink([Required] FeedOf? Of)
{
    public Decision Decide(Guid linkId, Group group, Caller caller, string secretHash) =>
        Refusals.FirstOf(
            group.MaySee(caller),
            new Fields().Choice("of", Of).Check("of", Of != FeedOf.Participant, Says.GroupOrFacilitator).Refusal(),
            Of == FeedOf.Facilitator && !group.IsFacilitatedBy(caller.UserId) ? Refusal.Invalid("of", Says.OnlyYourOwnFeed) : null)
        ?? Decision.Append(Of == FeedOf.Group
            ? new CalendarLinkCreated(linkId, FeedOf.Group, group.Id, null, null, secretHash)
            : new CalendarLinkCreated(linkId, FeedOf.Facilitator, null, caller.UserId, null, secretHash));

    /// <summary>A participant's own address, made by them or by the staff of their group.</summary>
    public static Decision ForParticipant(Guid linkId, Participant participant, string secretHash) =>
        participant.HasLeft
            ? Refusal.Conflict(Says.ParticipantLeft)
            : Decision.Append(new CalendarLinkCreated(linkId, FeedOf.Participant, null, null, participant.Id, secretHash));
}

/// <summary>Revoke a calendar address: a second revocation changes nothing.</summary>
public sealed record RevokeCalendarLink
{
    public static Decision Decide(CalendarLink link) => link.Revoked ? Decision.Nothing : Decision.Append(new CalendarLinkRevoked(link.Id));
}

public static class CalendarLinkRules
{
    /// <summary>
    /// Who may see or revoke an address: a group's, whoever may see the group; a facilitator's, that facilitator; a
    /// participant's, that participant (the staff's check of a participant is the endpoint's, as for their other things).
    /// Anyone else is told there is no such address.
    /// </summary>
    public static Refusal? MaySee(this CalendarLink link, Caller caller, Group? group) => link.Of switch
    {
        FeedOf.Group when group is not null && group.MaySee(caller) is null && !caller.IsParticipant => null,
        FeedOf.Facilitator when !caller.IsParticipant && caller.UserId == link.FacilitatorId => null,
        FeedOf.Participant when !caller.IsParticipant || caller.ParticipantId == link.ParticipantId => null,
        _ => Refusal.NotFound(Thing.CalendarLink),
    };
}
