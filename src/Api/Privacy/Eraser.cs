using JasperFx.Events.Protected;
using LivingLibrary.Api.Cards;
using LivingLibrary.Api.Cases;
using LivingLibrary.Api.Journal;
using LivingLibrary.Api.Activities.Calendars;

namespace LivingLibrary.Api.Privacy;

/// <summary>
/// Erasure (docs/adr/0014): the person's own records masked whole (Marten's event data masking, with
/// <see cref="PersonalData.Mask"/> as its one rule), their mentions in everything else masked in place, the snapshots of
/// every stream that changed folded again from the masked events, and what else names them deleted. Ids, codes, levels
/// and dates stay, so the statistics do not move. Run again, it masks what is there again: harmless, and it finishes an
/// erasure that was interrupted.
/// </summary>
public static class Eraser
{
    /// <summary>A participant: their stream, their cases, their pairings (as learner or helper), their named answers and the returns of their loans.</summary>
    public static async Task EraseParticipantAsync(this IDocumentStore store, string organisation, Guid participantId, Mentions mentions,
        CancellationToken cancellation = default)
    {
        await using var session = store.QuerySession(organisation);
        var cases = await session.Query<ProblemCase>().Where(c => c.ParticipantId == participantId).Select(c => c.Id).ToListAsync(cancellation);
        var pairings = await session.Query<Pairing>().Where(p => p.LearnerId == participantId || p.HelperId == participantId).Select(p => p.Id).ToListAsync(cancellation);
        var participant = await session.LoadAsync<Participant>(participantId, cancellation);
        var groups = participant?.GroupIds.ToArray() ?? [];
        var campaigns = (await session.Query<Campaign>().Where(c => c.GroupId.IsOneOf(groups)).ToListAsync(cancellation))
            .Where(c => c.Answers.Any(a => a.ParticipantId == participantId) || c.VoidedAnswers.Contains(participantId)).Select(c => c.Id).ToList();
        var devices = await session.Query<Device>().Where(d => d.BorrowerIds.Contains(participantId)).ToListAsync(cancellation);

        await store.ForgetAsync(organisation, participantId, mentions, [participantId, .. cases, .. pairings, .. campaigns, .. devices.Select(d => d.Id)], x =>
        {
            x.IncludeStream(participantId);
            foreach (var id in cases.Concat(pairings)) x.IncludeStream(id);
            foreach (var id in campaigns) x.IncludeStream(id, e => e.Data switch
            {
                NamedAnswersRecorded answers => answers.ParticipantId == participantId,
                NamedAnswersCorrected corrected => corrected.ParticipantId == participantId,
                NamedAnswersVoided voided => voided.ParticipantId == participantId,
                _ => false,
            });
            IncludeLoans(x, devices, participantId);
        }, cancellation);
    }

    /// <summary>A drop-in visitor: their requests, the referrals members of a network sent us about them, and the returns of their loans.</summary>
    public static async Task EraseVisitorAsync(this IDocumentStore store, string organisation, Guid visitorId, Mentions mentions,
        CancellationToken cancellation = default)
    {
        await using var session = store.QuerySession(organisation);
        var cases = await session.Query<ProblemCase>().Where(c => c.Visitor!.VisitorId == visitorId).Select(c => c.Id).ToListAsync(cancellation);
        var devices = await session.Query<Device>().Where(d => d.BorrowerIds.Contains(visitorId)).ToListAsync(cancellation);
        var referrals = await session.Query<NetworkReferral>().Where(r => r.VisitorId == visitorId).Select(r => r.Id).ToListAsync(cancellation);
        // Their card's code ties no request any more (docs/adr/0034); the card's stream holds no words of theirs.
        await using (var cards = store.LightweightSession(organisation))
        {
            cards.ForgetVisitorCards(visitorId);
            await cards.SaveChangesAsync(cancellation);
        }

        await store.ForgetAsync(organisation, visitorId, mentions, [.. cases, .. referrals, .. devices.Select(d => d.Id)], x =>
        {
            foreach (var id in cases.Concat(referrals)) x.IncludeStream(id);
            IncludeLoans(x, devices, visitorId);
        }, cancellation);
    }

    /// <summary>Someone whose own records are not in the database (a backup restored from before they were enrolled): only what names them elsewhere.</summary>
    public static Task EraseMentionsAsync(this IDocumentStore store, string organisation, Guid personId, Mentions mentions, CancellationToken cancellation = default) =>
        store.ForgetAsync(organisation, personId, mentions, [], _ => { }, cancellation);

    /// <summary>What every erasure does, in this order: a new step that forgets something of the person goes here.</summary>
    private static async Task ForgetAsync(this IDocumentStore store, string organisation, Guid personId, Mentions mentions, IReadOnlyCollection<Guid> ownStreams,
        Action<IEventDataMasking> ownRecords, CancellationToken cancellation)
    {
        var mentioned = await store.MaskMentionsAsync(organisation, mentions, cancellation);
        if (ownStreams.Count > 0)
            await store.Advanced.ApplyEventDataMasking(x =>
            {
                x.ForTenant(organisation);
                ownRecords(x);
            }, cancellation);
        await store.RefoldAsync(organisation, [.. ownStreams.Union(mentioned)], cancellation);
        await store.ForgetPassedOnAsync(organisation, ownStreams, cancellation);
        await store.MaskSharedKnowledgeAsync(organisation, mentions, cancellation);
        await store.ForgetReadsAsync(organisation, personId, cancellation);
        await store.ForgetCardsAsync(organisation, personId, cancellation);
        await store.RevokeCalendarLinksAsync(organisation, personId, cancellation);
        await store.ForgetAnswersAboutAsync(organisation, personId, mentions.In, cancellation);
        await store.ForgetPhotosAsync(organisation, personId, ownStreams, cancellation);
    }

    /// <summary>
    /// What their cases passed on to members of a network (docs/adr/0033): each referral masked whole in the receiving member's
    /// tenant, folded again there, and that member's journal of reads of it deleted. The answer and outcome stay, as codes.
    /// </summary>
    private static async Task ForgetPassedOnAsync(this IDocumentStore store, string organisation, IReadOnlyCollection<Guid> ownStreams,
        CancellationToken cancellation)
    {
        var streams = ownStreams.ToArray();
        IReadOnlyList<CaseReferredToMember> sent;
        await using (var session = store.QuerySession(organisation))
            sent = await session.Events.QueryRawEventDataOnly<CaseReferredToMember>().Where(e => e.CaseId.IsOneOf(streams)).ToListAsync(cancellation);
        foreach (var member in sent.GroupBy(e => e.OrganisationId))
        {
            var referrals = member.Select(e => e.ReferralId).Distinct().ToArray();
            await store.Advanced.ApplyEventDataMasking(x =>
            {
                x.ForTenant(member.Key);
                foreach (var id in referrals) x.IncludeStream(id);
            }, cancellation);
            await store.RefoldAsync(member.Key, referrals, cancellation);
            await using var there = store.LightweightSession(member.Key);
            var visitors = await there.Query<NetworkReferral>().Where(r => r.Id.IsOneOf(referrals)).Select(r => r.VisitorId).ToListAsync(cancellation);
            foreach (var visitor in visitors) there.DeleteWhere<AccessJournalEntry>(e => e.PersonId == visitor);
            await there.SaveChangesAsync(cancellation);
        }
    }

    /// <summary>The photos of their letters and screens: theirs, or of their cases (a visitor's), deleted whole.</summary>
    private static async Task ForgetPhotosAsync(this IDocumentStore store, string organisation, Guid personId, IReadOnlyCollection<Guid> ownStreams,
        CancellationToken cancellation)
    {
        var cases = ownStreams.ToArray();
        await using var session = store.LightweightSession(organisation);
        session.DeleteWhere<CasePhoto>(p => p.ParticipantId == personId || p.CaseId.IsOneOf(cases));
        await session.SaveChangesAsync(cancellation);
    }

    /// <summary>The access journal's entries about the person: it exists to tell them who looked, and they are gone (docs/adr/0013).</summary>
    private static async Task ForgetReadsAsync(this IDocumentStore store, string organisation, Guid personId, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession(organisation);
        session.DeleteWhere<AccessJournalEntry>(e => e.PersonId == personId);
        await session.SaveChangesAsync(cancellation);
    }

    /// <summary>The hashes of their cards' codes (docs/adr/0026): the card events stay, masked with the stream, and say only when.</summary>
    private static async Task ForgetCardsAsync(this IDocumentStore store, string organisation, Guid personId, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession(organisation);
        session.ForgetCards(organisation, personId);
        await session.SaveChangesAsync(cancellation);
    }

    /// <summary>A device is many people's: only the returns of this person's loans are masked.</summary>
    private static void IncludeLoans(IEventDataMasking masking, IReadOnlyList<Device> devices, Guid personId)
    {
        foreach (var device in devices)
        {
            var loans = device.Loans().Where(l => l.Borrower.Id == personId).Select(l => l.LoanId).ToHashSet();
            masking.IncludeStream(device.Id, e => e.Data is DeviceReturned returned && loans.Contains(returned.LoanId));
        }
    }

    /// <summary>Each stream's snapshot folded again from its (now masked) events, as Marten folds it, whatever its kind.</summary>
    private static async Task RefoldAsync(this IDocumentStore store, string organisation, IReadOnlyCollection<Guid> streams, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession(organisation);
        var refold = typeof(Eraser).GetMethod(nameof(RefoldOneAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        foreach (var stream in streams)
        {
            var type = (await session.Events.FetchStreamStateAsync(stream, cancellation))?.AggregateType;
            if (type is not null) await (Task)refold.MakeGenericMethod(type).Invoke(null, [session, stream, cancellation])!;
            // An exchange session recorded before activities is also read as an activity (docs/adr/0030): both are folded.
            if (type != typeof(Activity) && await session.LoadAsync<Activity>(stream, cancellation) is not null)
                await RefoldOneAsync<Activity>(session, stream, cancellation);
        }
        await session.SaveChangesAsync(cancellation);
    }

    private static async Task RefoldOneAsync<T>(IDocumentSession session, Guid id, CancellationToken cancellation) where T : class
    {
        if (await session.Events.AggregateStreamAsync<T>(id, token: cancellation) is { } folded) session.Store(folded);
    }
}
