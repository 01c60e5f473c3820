using Marten.Events;

namespace LivingLibrary.Api.Observatory;

public static class ObservatoryAsOf
{
    /// <summary>
    /// The observatory as the cases recorded up to <paramref name="cutOff"/> had it, folded from their events by Marten's
    /// fold of a case: what backs a demand, regenerated the same way later (docs/adr/0011).
    /// </summary>
    public static async Task<ObservatoryView> ObservatoryAsOfAsync(this IQuerySession session, string from, string to, DateTimeOffset cutOff) =>
        ObservatoryView.Of(from, to, byMonth: false, await session.ObservatoryMonthsAsOfAsync(cutOff));

    /// <summary>Every month of the organisation's cases recorded up to <paramref name="cutOff"/>.</summary>
    public static async Task<IReadOnlyList<ObservatoryMonth>> ObservatoryMonthsAsOfAsync(this IQuerySession session, DateTimeOffset cutOff)
    {
        var ofCase = session.DocumentStore.EventTypesOf(typeof(ProblemCase));
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.Timestamp <= cutOff && e.EventTypesAre(ofCase))
            .OrderBy(e => e.Sequence).ToListAsync();
        var lines = (await session.FoldAsync<ProblemCase>(events)).Select(CaseLine.Of);
        return [.. lines.GroupBy(l => l.Month).OrderBy(m => m.Key, StringComparer.Ordinal).Select(month => ObservatoryMonth.Of(month.Key, month))];
    }

    /// <summary>The figures a demand asks for, read at its cut-off (or the latest settled moment).</summary>
    public static async Task<AdvocacyEvidence> EvidenceAsync(this IQuerySession session, EvidenceRequest request, DateTimeOffset recordedUpTo, DateOnly today)
    {
        var (from, to, _) = new ObservatoryPeriod(request.From, request.To).Resolve(today);
        var cutOff = request.CutOffOr(recordedUpTo);
        return AdvocacyEvidence.Of(request.Service!, request.Difficulty, cutOff, await session.ObservatoryAsOfAsync(from, to, cutOff));
    }
}
