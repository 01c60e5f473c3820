namespace LivingLibrary.Api.Activities;

/// <summary>What a command on an activity needs beside it: its group, and for a sign-up the participant named.</summary>
public sealed record ActivityContext(Group? Group, Participant? Participant = null);

public static class ProgrammeAccess
{
    public static async Task<ActivityContext> GroupOfAsync(this IQuerySession session, Activity activity, Guid? participantId = null) =>
        new(await session.LoadAsync<Group>(activity.GroupId),
            participantId is { } id && id != Guid.Empty ? await session.LoadAsync<Participant>(id) : null);

    /// <summary>
    /// The group's staff sign anyone of the group up; a participant (docs/adr/0026) only themself, for an activity of their
    /// own group: anything else is an activity they may not know exists.
    /// </summary>
    public static Refusal? MaySignUp(this Activity activity, ActivityContext context, Guid? participantId, Caller caller) =>
        caller.IsParticipant
            ? (caller.ParticipantId == participantId && context.Participant?.GroupId == activity.GroupId ? null : Refusal.NotFound(Thing.Activity))
            : activity.MaySee(context.Group, caller);

    /// <summary>The day an occurrence is named by in a route (<c>2026-10-06</c>); null when it is no day.</summary>
    public static DateOnly? Day(string plannedFor) => DateOnly.TryParseExact(plannedFor, "yyyy-MM-dd", out var day) ? day : null;
}
