using LivingLibrary.Api.Cards;

namespace LivingLibrary.Api.Demo;

/// <summary>
/// Jean, of the demo group, has a printed personal card whose code is fixed and written in the README, so that anyone can
/// try the participants' way in (docs/adr/0026). Development only, as all demo data; a real card's code is random.
/// </summary>
public static class DemoCard
{
    public const string Code = "JEAN2-CARTE";
    public static readonly Guid ParticipantId = DemoData.ParticipantId(2);
    public static readonly Guid CardId = Guid.Parse("0194f2a0-de0c-7000-8000-000000000002");

    /// <summary>Prints the card when Jean has none yet; true when it did.</summary>
    public static async Task<bool> LoadAsync(IDocumentStore store, CardKeys keys, CancellationToken cancellation = default)
    {
        await using var session = store.LightweightSession(DemoData.Organisation);
        session.LastModifiedBy = DemoData.FacilitatorId;
        session.CorrelationId = "demo-data";
        var jean = await session.Events.FetchForWriting<Participant>(ParticipantId, cancellation);
        if (jean.Aggregate is not { Card: null, SignOuts: 0 } participant) return false;
        jean.AppendMany(new IssueCard().Decide(participant, CardId, new DateOnly(2026, 11, 17)).Events);
        session.Store(new CardCode(await keys.HashAsync(Code, cancellation), DemoData.Organisation, ParticipantId, CardId));
        await session.SaveChangesAsync(cancellation);
        return true;
    }
}
