using JasperFx.Events;

namespace LivingLibrary.Api.Privacy;

/// <summary>
/// Erasure (docs/adr/0014): the person's words masked in every event of every stream that holds them (Marten's event data
/// masking, with <see cref="PersonalData.Mask"/> as its one rule), then the snapshots of those streams folded again
/// from the masked events. Ids, codes, levels and dates stay, so the statistics do not move. Run again, it masks what
/// is there again: harmless, and it finishes an erasure that was interrupted.
/// </summary>
public static class Eraser
{
    /// <param name="known">What the person was called and how to reach them, read before the erasure: any other event of the
    /// organisation whose words mention them as a whole word (someone else's case note, say) is masked too.</param>
    public static async Task EraseParticipantAsync(this IDocumentStore store, string organisation, Guid participantId, PersonalDetails? known,
        CancellationToken cancellation = default)
    {
        await using var session = store.LightweightSession(organisation);
        var cases = await session.Query<ProblemCase>().Where(c => c.ParticipantId == participantId).Select(c => c.Id).ToListAsync(cancellation);
        var pairings = await session.Query<Pairing>().Where(p => p.LearnerId == participantId || p.HelperId == participantId).Select(p => p.Id).ToListAsync(cancellation);
        var participant = await session.LoadAsync<Participant>(participantId, cancellation);
        var groups = participant?.GroupIds.ToArray() ?? [];
        var campaigns = (await session.Query<Campaign>().Where(c => c.GroupId.IsOneOf(groups)).ToListAsync(cancellation))
            .Where(c => c.Answers.Any(a => a.ParticipantId == participantId)).Select(c => c.Id).ToList();
        var devices = await session.Query<Device>().Where(d => d.BorrowerIds.Contains(participantId)).ToListAsync(cancellation);
        var mentions = await session.MentionsAsync(organisation, [known?.DisplayName, known?.Contact], cancellation);

        await store.Advanced.ApplyEventDataMasking(x =>
        {
            x.ForTenant(organisation);
            foreach (var (stream, events) in mentions) x.IncludeStream(stream, e => events.Contains(e.Id));
            x.IncludeStream(participantId);
            foreach (var id in cases.Concat(pairings)) x.IncludeStream(id);
            foreach (var id in campaigns) x.IncludeStream(id, e => e.Data is NamedAnswersRecorded answers && answers.ParticipantId == participantId);
            IncludeLoans(x, devices, participantId);
        }, cancellation);

        await RefoldAsync<Participant>(session, [participantId], cancellation);
        await RefoldMentionedAsync(session, mentions, cancellation);
        await RefoldAsync<ProblemCase>(session, cases, cancellation);
        await RefoldAsync<Pairing>(session, pairings, cancellation);
        await RefoldAsync<Campaign>(session, campaigns, cancellation);
        await RefoldAsync<Device>(session, [.. devices.Select(d => d.Id)], cancellation);
        await session.SaveChangesAsync(cancellation);
        await store.ForgetAnswersNamingAsync(organisation, [participantId.ToString(), known?.DisplayName, known?.Contact], cancellation);
    }

    public static async Task EraseVisitorAsync(this IDocumentStore store, string organisation, Guid visitorId, CancellationToken cancellation = default)
    {
        await using var session = store.LightweightSession(organisation);
        var cases = await session.Query<ProblemCase>().Where(c => c.Visitor!.VisitorId == visitorId).Select(c => c.Id).ToListAsync(cancellation);
        var devices = await session.Query<Device>().Where(d => d.BorrowerIds.Contains(visitorId)).ToListAsync(cancellation);

        await store.Advanced.ApplyEventDataMasking(x =>
        {
            x.ForTenant(organisation);
            foreach (var id in cases) x.IncludeStream(id);
            IncludeLoans(x, devices, visitorId);
        }, cancellation);

        await RefoldAsync<ProblemCase>(session, cases, cancellation);
        await RefoldAsync<Device>(session, [.. devices.Select(d => d.Id)], cancellation);
        await session.SaveChangesAsync(cancellation);
        await store.ForgetAnswersNamingAsync(organisation, [visitorId.ToString()], cancellation);
    }

    /// <summary>The events of the organisation whose text holds one of these, as a whole word, by stream.</summary>
    private static async Task<Dictionary<Guid, HashSet<Guid>>> MentionsAsync(this IDocumentSession session, string organisation, IEnumerable<string?> texts,
        CancellationToken cancellation)
    {
        var found = new Dictionary<Guid, HashSet<Guid>>();
        foreach (var text in texts.OfType<string>().Where(t => t.Trim().Length >= 2 && t != PersonalData.Erased))
        {
            await using var connection = session.DocumentStore.Storage.Database.CreateConnection();
            await connection.OpenAsync(cancellation);
            await using var command = new Npgsql.NpgsqlCommand(
                $"select stream_id, id from {session.DocumentStore.Options.Events.DatabaseSchemaName}.mt_events where tenant_id = @tenant and data::text ~* @word",
                connection);
            command.Parameters.AddWithValue("tenant", organisation);
            command.Parameters.AddWithValue("word", $@"\m{System.Text.RegularExpressions.Regex.Escape(text.Trim())}\M");
            await using var reader = await command.ExecuteReaderAsync(cancellation);
            while (await reader.ReadAsync(cancellation))
                (found.TryGetValue(reader.GetGuid(0), out var events) ? events : found[reader.GetGuid(0)] = []).Add(reader.GetGuid(1));
        }
        return found;
    }

    /// <summary>The streams that mentioned the person, whatever they are, folded again as their kind of stream.</summary>
    private static async Task RefoldMentionedAsync(IDocumentSession session, Dictionary<Guid, HashSet<Guid>> mentions, CancellationToken cancellation)
    {
        foreach (var stream in mentions.Keys)
            if (await session.Events.FetchStreamStateAsync(stream, cancellation) is { AggregateType: { } type })
            {
                var refold = typeof(Eraser).GetMethod(nameof(RefoldAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                    .MakeGenericMethod(type);
                await (Task)refold.Invoke(null, [session, new[] { stream }, cancellation])!;
            }
    }

    /// <summary>A device is many people's: only the returns of this person's loans are masked.</summary>
    private static void IncludeLoans(JasperFx.Events.Protected.IEventDataMasking masking, IReadOnlyList<Device> devices, Guid personId)
    {
        foreach (var device in devices)
        {
            var loans = device.Loans().Where(l => l.Borrower.Id == personId).Select(l => l.LoanId).ToHashSet();
            masking.IncludeStream(device.Id, e => e.Data is DeviceReturned returned && loans.Contains(returned.LoanId));
        }
    }

    /// <summary>Each snapshot folded again from its (now masked) events, as Marten folds it.</summary>
    private static async Task RefoldAsync<T>(IDocumentSession session, IReadOnlyCollection<Guid> ids, CancellationToken cancellation) where T : class
    {
        foreach (var id in ids)
            if (await session.Events.AggregateStreamAsync<T>(id, token: cancellation) is { } folded) session.Store(folded);
    }
}
