using LivingLibrary.Api.Reports;
using Marten.Events;

namespace LivingLibrary.Api.Activities;

/// <summary>One participant's hours, named for the group's staff as its other reads name them.</summary>
public sealed record NamedHours(Guid ParticipantId, string DisplayName, double Hours, IReadOnlyList<Came> Came);

/// <summary>A group's hours over a period, and each participant's: exact, for the group's own staff (docs/adr/0018).</summary>
public sealed record GroupHoursView(HoursFigures Figures, IReadOnlyList<NamedHours> People);

public static class GetGroupHoursEndpoint
{
    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MaySee(user.Caller()));

    [WolverineGet("/api/groups/{groupId}/hours"), Tags("Programme")]
    [EndpointSummary("A group's hours between two days (by default its own period), counted by the day each occurrence took place: delivered, participant-hours, attendance, each participant's")]
    [ProducesResponseType<GroupHoursView>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get([ReadAggregate("groupId")] Group group, DateOnly? from, DateOnly? to, IQuerySession session, TimeProvider clock)
    {
        var (first, last) = PeriodOf(group, from, to);
        if (ActivityRules.Period(first, last, clock.Today()) is { } refused) return Results.Problem(refused.ToProblem());
        return Results.Ok(await session.GroupHoursAsync(group.Id, first, last));
    }

    /// <summary>The period asked for, else the group's own (cut to the longest period figures are asked for).</summary>
    public static (DateOnly From, DateOnly To) PeriodOf(Group group, DateOnly? from, DateOnly? to)
    {
        var first = from ?? group.StartsOn;
        return (first, to ?? (group.EndsOn.DayNumber - first.DayNumber > ActivityRules.PeriodDays ? first.AddDays(ActivityRules.PeriodDays) : group.EndsOn));
    }

    public static async Task<GroupHoursView> GroupHoursAsync(this IQuerySession session, Guid groupId, DateOnly from, DateOnly to)
    {
        var activities = await session.Query<Activity>().Where(a => a.GroupId == groupId).ToListAsync();
        var members = await session.Query<Participant>().Where(p => p.GroupIds.Contains(groupId)).ToListAsync();
        var figures = Domain.Activities.Hours.Of(activities, from, to, await session.StaysAsync([.. members.Select(m => m.Id)], groupId));
        var others = figures.Participants.Select(p => p.ParticipantId).Except(members.Select(m => m.Id)).ToArray();
        var names = members.Concat(others.Length == 0 ? [] : await session.LoadManyAsync<Participant>(others))
            .ToDictionary(p => p.Id, p => p.Person.DisplayName);
        return new GroupHoursView(figures, [.. figures.Participants
            .Select(p => new NamedHours(p.ParticipantId, names.GetValueOrDefault(p.ParticipantId, ""), p.Hours, p.Came))
            .OrderBy(p => p.DisplayName, StringComparer.CurrentCulture)]);
    }

    /// <summary>When these people were in the group (any group, without one): from their enrolment's recording, to their move's or departure's own day (docs/adr/0031).</summary>
    public static async Task<IReadOnlyList<Stay>> StaysAsync(this IQuerySession session, Guid[] participantIds, Guid? groupId = null)
    {
        if (participantIds.Length == 0) return [];
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.StreamId.IsOneOf(participantIds) && e.EventTypesAre(typeof(ParticipantEnrolled), typeof(ParticipantMoved), typeof(ParticipantLeft)))
            .OrderBy(e => e.Sequence).ToListAsync();
        return [.. ReportSourcesReader.Stays(events).Where(s => groupId is null || s.GroupId == groupId)];
    }
}
