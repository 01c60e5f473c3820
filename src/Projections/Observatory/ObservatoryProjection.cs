using JasperFx.Events;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Observatory;
using Marten;

namespace LivingLibrary.Projections.Observatory;

/// <summary>
/// Keeps each organisation's observatory stored: a <see cref="CaseLine"/> per case (what it last counted for) and an
/// <see cref="ObservatoryMonth"/> per month. Async (docs/adr/0011), and built like the group views (docs/adr/0007): a
/// batch names the cases it touches, takes each one's line from its inline snapshot (never behind the events), and
/// where it differs from the stored line, takes the old line out of its month and puts the new one in. A rebuild
/// counts each case once, as it stands, so it ends where the live projection is.
/// </summary>
public sealed class ObservatoryProjection : ISnapshotViews
{
    public IReadOnlyList<Type> Sources => [typeof(ProblemCase)];

    public bool Recomputes(IEvent e, IDocumentStore store) => Cases([e], store).Length > 0;

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        foreach (var tenant in events.GroupBy(e => e.TenantId))
        {
            var caseIds = Cases([.. tenant], operations.DocumentStore);
            if (caseIds.Length == 0) continue;
            var session = operations.ForTenant(tenant.Key);
            var before = (await session.LoadManyAsync<CaseLine>(cancellation, caseIds)).ToDictionary(l => l.Id);
            var after = (await session.LoadManyAsync<ProblemCase>(cancellation, caseIds)).Select(CaseLine.Of)
                .Where(line => line != before.GetValueOrDefault(line.Id)).ToList();
            if (after.Count == 0) continue;

            var monthIds = after.Select(l => l.Month).Concat(before.Values.Select(l => l.Month)).Distinct().ToArray();
            var months = (await session.LoadManyAsync<ObservatoryMonth>(cancellation, monthIds)).ToDictionary(m => m.Id,
                m => m.Cells.ToDictionary(c => (c.Service, c.Difficulty)));
            var changed = new HashSet<string>();
            foreach (var line in after)
            {
                if (before.GetValueOrDefault(line.Id) is { } old)
                {
                    Count(months, old, -1);
                    changed.Add(old.Month);
                }
                Count(months, line, 1);
                changed.Add(line.Month);
                session.Store(line);
            }
            foreach (var month in changed)
                session.Store(new ObservatoryMonth(month, [.. months[month].Values.Where(c => !c.IsEmpty)
                    .OrderBy(c => c.Service, StringComparer.Ordinal).ThenBy(c => c.Difficulty, StringComparer.Ordinal)]));
        }
    }

    private static Guid[] Cases(IReadOnlyList<IEvent> events, IDocumentStore store)
    {
        var ofCase = store.EventTypesOf<ProblemCase>();
        return [.. events.Where(e => ofCase.Contains(e.EventType)).Select(e => e.StreamId).Distinct()];
    }

    private static void Count(Dictionary<string, Dictionary<(string, string), ObservatoryCell>> months, CaseLine line, int sign)
    {
        if (!months.TryGetValue(line.Month, out var cells)) months[line.Month] = cells = [];
        var key = (line.Service, line.Difficulty);
        cells[key] = cells.GetValueOrDefault(key, ObservatoryCell.Empty(line.Service, line.Difficulty)).With(line, sign);
    }
}
