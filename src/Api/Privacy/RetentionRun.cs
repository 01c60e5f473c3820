using Marten.Events;

namespace LivingLibrary.Api.Privacy;

/// <summary>The organisation's retention, applied: who is due (the dry run), and their erasure (docs/adr/0014).</summary>
public static class RetentionRun
{
    public static async Task<IReadOnlyList<DueForErasure>> DueForErasureAsync(this IDocumentStore store, string organisation, DateOnly today,
        CancellationToken cancellation = default)
    {
        await using var session = store.QuerySession(organisation);
        var policy = await session.LoadAsync<RetentionPolicy>(RetentionPolicy.StreamId(organisation), cancellation);
        if (policy?.MonthsAfterLeaving is null) return [];
        var leavers = (await session.Query<Participant>().Where(p => p.HasLeft && !p.IsErased).Select(p => p.Id).ToListAsync(cancellation)).ToArray();
        // A participant left on the day their leaving was recorded: the event says no other day.
        var left = leavers.Length == 0 ? [] : await session.Events.QueryAllRawEvents()
            .Where(e => e.StreamId.IsOneOf(leavers) && e.EventTypesAre(typeof(ParticipantLeft))).ToListAsync(cancellation);
        var erasedVisitors = (await session.Query<VisitorErasure>().Select(v => v.Id).ToListAsync(cancellation)).ToHashSet();
        var visits = await session.Query<ProblemCase>().Where(c => c.Visitor != null).Select(c => new { c.Visitor!.VisitorId, c.PostedOn }).ToListAsync(cancellation);
        return Retention.Due(policy.MonthsAfterLeaving,
            left.GroupBy(e => e.StreamId).Select(g => (g.Key, DateOnly.FromDateTime(g.Max(e => e.Timestamp).UtcDateTime))),
            visits.Where(v => !erasedVisitors.Contains(v.VisitorId)).GroupBy(v => v.VisitorId).Select(g => (g.Key, g.Max(v => v.PostedOn))),
            today);
    }

    /// <summary>Erases everyone due, one by one, each recorded as erased for retention; what was erased is returned.</summary>
    public static async Task<IReadOnlyList<DueForErasure>> ApplyRetentionAsync(this IDocumentStore store, string organisation, DateOnly today,
        CancellationToken cancellation = default)
    {
        var due = await store.DueForErasureAsync(organisation, today, cancellation);
        foreach (var person in due) await store.EraseAsync(organisation, person.Kind, person.Id, ErasureReason.Retention, today, cancellation);
        return due;
    }

    /// <summary>Records the erasure (once) and masks the person's data: what the erase routes and the command line do.</summary>
    public static async Task EraseAsync(this IDocumentStore store, string organisation, PersonKind kind, Guid id, ErasureReason reason, DateOnly today,
        CancellationToken cancellation = default)
    {
        await using var session = store.LightweightSession(organisation);
        if (kind == PersonKind.Visitor)
        {
            if (await session.LoadAsync<VisitorErasure>(id, cancellation) is null) session.Events.StartStream<VisitorErasure>(id, new VisitorErased(id, reason, today));
            await session.SaveChangesAsync(cancellation);
            await store.EraseVisitorAsync(organisation, id, cancellation);
            return;
        }
        var participant = await session.LoadAsync<Participant>(id, cancellation) ?? throw new InvalidOperationException($"No participant {id} in {organisation}.");
        var known = participant.Person;
        var decision = new ErasePerson(reason).Decide(participant, today);
        if (decision.Events.Count > 0) session.Events.Append(id, participant.Version + decision.Events.Count, [.. decision.Events]);
        await session.SaveChangesAsync(cancellation);
        await store.EraseParticipantAsync(organisation, id, known, cancellation);
    }
}
