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
        // A participant left on the day their leaving says, else on the day it was recorded (docs/adr/0031).
        var left = leavers.Length == 0 ? [] : await session.Events.QueryAllRawEvents()
            .Where(e => e.StreamId.IsOneOf(leavers) && e.EventTypesAre(typeof(ParticipantLeft))).ToListAsync(cancellation);
        var erasedVisitors = (await session.Query<VisitorErasure>().Select(v => v.Id).ToListAsync(cancellation)).ToHashSet();
        var visits = await session.Query<ProblemCase>().Where(c => c.Visitor != null).Select(c => new { c.Visitor!.VisitorId, c.PostedOn }).ToListAsync(cancellation);
        return Retention.Due(policy.MonthsAfterLeaving,
            left.GroupBy(e => e.StreamId).Select(g => (g.Key, g.Max(e => ((ParticipantLeft)e.Data).On ?? DateOnly.FromDateTime(e.Timestamp.UtcDateTime)))),
            visits.Where(v => !erasedVisitors.Contains(v.VisitorId)).GroupBy(v => v.VisitorId).Select(g => (g.Key, g.Max(v => v.PostedOn))),
            today);
    }

    /// <summary>Erases everyone due, one by one, each recorded as erased for retention; what was erased is returned.</summary>
    public static async Task<IReadOnlyList<DueForErasure>> ApplyRetentionAsync(this IDocumentStore store, ForgetList forgetList, string organisation,
        DateOnly today, CancellationToken cancellation = default)
    {
        var due = await store.DueForErasureAsync(organisation, today, cancellation);
        foreach (var person in due) await store.EraseAsync(forgetList, organisation, person.Kind, person.Id, ErasureReason.Retention, today, cancellation);
        return due;
    }

    /// <summary>
    /// What the erase routes and the command line do: records the erasure (once), puts the person on the forget list (ids
    /// and hashes of every way they were named, before anything is masked), then erases them. A participant the database
    /// does not hold, but the forget list does (a backup restored from before they were enrolled), has only their
    /// mentions erased.
    /// </summary>
    public static async Task EraseAsync(this IDocumentStore store, ForgetList forgetList, string organisation, PersonKind kind, Guid id,
        ErasureReason reason, DateOnly on, CancellationToken cancellation = default)
    {
        var recorded = await store.RecordErasureAsync(organisation, kind, id, reason, on, cancellation);
        var listed = (await forgetList.ReadAsync(cancellation)).Where(p => p.Organisation == organisation && p.Id == id).ToList();
        if (!recorded && listed.Count == 0) throw new InvalidOperationException($"No participant {id} in {organisation}.");

        var mentions = listed.Aggregate(await store.MentionsOfAsync(organisation, kind, id, cancellation),
            (all, earlier) => all.With(Mentions.FromHashes(organisation, earlier.Hashes)));
        if (listed.Count == 0 || !mentions.Hashes.All(listed.SelectMany(p => p.Hashes).Contains))
            await forgetList.AddAsync(new ForgottenPerson(organisation, kind, id, reason, on, [.. mentions.Hashes.Order()]), cancellation);

        if (kind == PersonKind.Visitor) await store.EraseVisitorAsync(organisation, id, mentions, cancellation);
        else if (recorded) await store.EraseParticipantAsync(organisation, id, mentions, cancellation);
        else await store.EraseMentionsAsync(organisation, id, mentions, cancellation);
    }

    /// <summary>The erasure's record, first, so that a retry knows it is due: false for a participant the database does not hold.</summary>
    private static async Task<bool> RecordErasureAsync(this IDocumentStore store, string organisation, PersonKind kind, Guid id, ErasureReason reason,
        DateOnly on, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession(organisation);
        if (kind == PersonKind.Visitor)
        {
            if (await session.LoadAsync<VisitorErasure>(id, cancellation) is null) session.Events.StartStream<VisitorErasure>(id, new VisitorErased(id, reason, on));
        }
        else if (await session.LoadAsync<Participant>(id, cancellation) is { } participant)
        {
            var decision = new ErasePerson(reason).Decide(participant, on);
            if (decision.Events.Count > 0) session.Events.Append(id, participant.Version + decision.Events.Count, [.. decision.Events]);
        }
        else return false;
        await session.SaveChangesAsync(cancellation);
        return true;
    }

    /// <summary>After a restore: everyone on the forget list erased again, as they were (the first reason and day listed); returns how many.</summary>
    public static async Task<int> ReapplyErasuresAsync(this IDocumentStore store, ForgetList forgetList, CancellationToken cancellation = default)
    {
        var people = (await forgetList.ReadAsync(cancellation)).DistinctBy(p => (p.Organisation, p.Id)).ToList();
        foreach (var person in people) await store.EraseAsync(forgetList, person.Organisation, person.Kind, person.Id, person.Reason, person.On, cancellation);
        return people.Count;
    }
}
