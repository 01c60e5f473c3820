using JasperFx.Events;
using LivingLibrary.Domain.Observatory;
using Marten;
using Marten.Events.Projections;

namespace LivingLibrary.Projections.Observatory;

/// <summary>
/// Keeps each organisation's observatory stored: a <see cref="CaseLine"/> per case (what it last counted for) and an
/// <see cref="ObservatoryMonth"/> per month. Async and incremental (docs/adr/0011): a batch loads the lines and months
/// it touches, applies its events in order, taking each case's old line out of its month and putting the new one in,
/// and stores what changed. A rebuild replays the same events, so it ends where the live projection is.
/// </summary>
public sealed class ObservatoryProjection : IProjection
{
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        foreach (var tenant in events.Where(e => CaseLine.EventTypes.Contains(e.EventType)).GroupBy(e => e.TenantId))
        {
            var session = operations.ForTenant(tenant.Key);
            var caseIds = tenant.Select(e => e.StreamId).Distinct().ToArray();
            var lines = (await session.LoadManyAsync<CaseLine>(cancellation, caseIds)).ToDictionary(l => l.Id);
            var monthIds = lines.Values.Select(l => l.Month).Concat(tenant.Select(e => e.Data).OfType<object>()
                .Select(d => CaseLine.Fold(null, d)?.Month).OfType<string>()).Distinct().ToArray();
            var months = (await session.LoadManyAsync<ObservatoryMonth>(cancellation, monthIds)).ToDictionary(m => m.Id,
                m => m.Cells.ToDictionary(c => (c.Service, c.Difficulty)));
            var changed = new HashSet<string>();

            foreach (var e in tenant)
            {
                var before = lines.GetValueOrDefault(e.StreamId);
                var after = CaseLine.Fold(before, e.Data);
                if (after is null || after == before) continue;
                if (before is not null) Count(months, before, -1);
                Count(months, after, 1);
                changed.Add(after.Month);
                lines[e.StreamId] = after;
                session.Store(after);
            }
            foreach (var month in changed)
                session.Store(new ObservatoryMonth(month, [.. months[month].Values.Where(c => !c.IsEmpty)
                    .OrderBy(c => c.Service, StringComparer.Ordinal).ThenBy(c => c.Difficulty, StringComparer.Ordinal)]));
        }
    }

    private static void Count(Dictionary<string, Dictionary<(string, string), ObservatoryCell>> months, CaseLine line, int sign)
    {
        if (!months.TryGetValue(line.Month, out var cells)) months[line.Month] = cells = [];
        var key = (line.Service, line.Difficulty);
        cells[key] = cells.GetValueOrDefault(key, ObservatoryCell.Empty(line.Service, line.Difficulty)).With(line, sign);
    }
}
