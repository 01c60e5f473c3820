using LivingLibrary.Domain.Groups;
using Marten;

namespace LivingLibrary.Api.Demo;

/// <summary>
/// A small demo organisation, written as events like any other data. Its ids are fixed, so loading
/// it again finds it there and adds nothing.
/// </summary>
public static class DemoData
{
    public const string Organisation = "demo";
    public const string CoordinatorId = "demo-coordinator";
    public const string FacilitatorId = "demo-facilitator";
    public static readonly Guid GroupId = Guid.Parse("0194f2a0-de00-7000-8000-000000000001");

    /// <summary>Loads the demo organisation unless it is there already; true when it loaded it.</summary>
    public static async Task<bool> LoadAsync(IDocumentStore store, CancellationToken cancellation = default)
    {
        await using var session = store.LightweightSession(Organisation);
        if (await session.Events.FetchStreamStateAsync(GroupId, cancellation) is not null) return false;

        session.LastModifiedBy = CoordinatorId;
        session.CorrelationId = "demo-data";
        session.Events.StartStream<Group>(GroupId,
            new GroupCreated(GroupId, "Atelier du mardi", "Centre Agora, Saint-Léonard, Liège",
                new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), ["fr", "ar", "tr"]),
            new FacilitatorAssigned(GroupId, FacilitatorId, "Amina (animatrice)"));
        await session.SaveChangesAsync(cancellation);
        return true;
    }
}
