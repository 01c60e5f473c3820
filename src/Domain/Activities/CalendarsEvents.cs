namespace LivingLibrary.Domain.Activities;

/// <summary>Whose activities a calendar feed carries: one group's, every group a facilitator runs, or a participant's groups'.</summary>
public enum FeedOf { Group, Facilitator, Participant }

/// <summary>
/// A secret calendar address was made (docs/adr/0030, Calendars): for a group, a facilitator (their user id) or a participant.
/// Only the keyed hash of its secret is kept; the secret itself was shown once.
/// </summary>
public sealed record CalendarLinkCreated(Guid CalendarLinkId, FeedOf Of, Guid? GroupId, string? FacilitatorId, Guid? ParticipantId, string SecretHash);

/// <summary>A calendar address was revoked: its feed answers 404 from now on.</summary>
public sealed record CalendarLinkRevoked(Guid CalendarLinkId);
