using JasperFx.Events;
using Marten.Events;

namespace LivingLibrary.Api.Reports;

/// <summary>
/// What a report is built from, folded by Marten from the events recorded up to its cut-off, as it folds the
/// snapshots (docs/adr/0009): later events, and later corrections, never change it.
/// </summary>
public static class ReportSourcesReader
{
    /// <summary>The aggregates a report reads: it takes every event their folds take.</summary>
    public static readonly Type[] Aggregates =
        [typeof(Group), typeof(Participant), typeof(Pairing), typeof(ProblemCase), typeof(Activity), typeof(Campaign), typeof(Device)];

    public static async Task<ReportSources> ReportSourcesAsync(this IQuerySession session, Guid? groupId, DateTimeOffset cutOff)
    {
        var query = session.Events.QueryAllRawEvents().Where(e => e.Timestamp <= cutOff);
        if (groupId is { } id)
        {
            var streams = await session.StreamsOfGroupAsync(id);
            query = query.Where(e => e.StreamId.IsOneOf(streams));
        }
        else
        {
            var folded = session.DocumentStore.EventTypesOf(Aggregates);
            query = query.Where(e => e.EventTypesAre(folded));
        }
        var events = await query.OrderBy(e => e.Sequence).ToListAsync();

        // A stream's first event created it, and names its aggregate.
        var firstOf = events.GroupBy(e => e.StreamId).ToDictionary(s => s.Key, s => s.First().EventType);
        IReadOnlyList<IEvent> Of<T>() where T : class
        {
            var types = session.DocumentStore.EventTypesOf<T>();
            return [.. events.Where(e => types.Contains(firstOf[e.StreamId]))];
        }
        var participants = Of<Participant>();
        return new ReportSources(await session.FoldAsync<Group>(Of<Group>()), await session.FoldAsync<Participant>(participants), Stays(participants),
            await session.FoldAsync<Pairing>(Of<Pairing>()), await session.FoldAsync<ProblemCase>(Of<ProblemCase>()),
            await session.FoldAsync<Activity>(Of<Activity>()), await session.FoldAsync<Campaign>(Of<Campaign>()),
            await session.FoldAsync<Device>(Of<Device>()), await session.ServiceListAsync(), await session.SkillCatalogueAsync());
    }

    /// <summary>Every stream a group's report reads: the group, whoever was ever in it, its pairings, cases, activities (old exchange sessions among them), campaigns, and the devices lent to its participants.</summary>
    private static async Task<Guid[]> StreamsOfGroupAsync(this IQuerySession session, Guid groupId) =>
    [
        groupId,
        .. await session.Query<Participant>().Where(p => p.GroupIds.Contains(groupId)).Select(p => p.Id).ToListAsync(),
        .. await session.Query<Pairing>().Where(p => p.GroupId == groupId).Select(p => p.Id).ToListAsync(),
        .. await session.Query<ProblemCase>().Where(c => c.GroupId == groupId).Select(c => c.Id).ToListAsync(),
        .. await session.Query<Activity>().Where(a => a.GroupId == groupId).Select(a => a.Id).ToListAsync(),
        .. await session.Query<Campaign>().Where(c => c.GroupId == groupId).Select(c => c.Id).ToListAsync(),
        .. await session.Query<Device>().Where(d => d.GroupIds.Contains(groupId)).Select(d => d.Id).ToListAsync(),
    ];

    /// <summary>Stays in groups: a move or a departure on its own day, else (and an enrolment) on the day it was recorded (docs/adr/0031).</summary>
    internal static List<Stay> Stays(IEnumerable<IEvent> participantEvents)
    {
        var stays = new List<Stay>();
        var open = new Dictionary<Guid, int>();
        foreach (var e in participantEvents)
        {
            var day = DateOnly.FromDateTime(e.Timestamp.UtcDateTime);
            switch (e.Data)
            {
                case ParticipantEnrolled x:
                    Open(x.ParticipantId, x.GroupId); break;
                case ParticipantMoved x:
                    day = x.On ?? day;
                    Close(x.ParticipantId, left: false);
                    Open(x.ParticipantId, x.ToGroupId); break;
                case ParticipantLeft x:
                    day = x.On ?? day;
                    Close(x.ParticipantId, left: true); break;
            }

            void Open(Guid person, Guid group)
            {
                open[person] = stays.Count;
                stays.Add(new Stay(person, group, day, null, false));
            }

            void Close(Guid person, bool left)
            {
                if (open.Remove(person, out var index)) stays[index] = stays[index] with { Until = day, Left = left };
            }
        }
        return stays;
    }
}
