namespace LivingLibrary.Api.DropIns;

/// <summary>The codes a desk is described by, each with its name in the three languages.</summary>
public sealed record DeskListsView(IReadOnlyList<DeskCode> HostPlaces, IReadOnlyList<DeskCode> StaffKinds, IReadOnlyList<DeskCode> Accessibility);

public static class GetDeskListsEndpoint
{
    [WolverineGet("/api/desk-lists"), Tags("Reference"), EndpointSummary("The host places, staff kinds (built-in and the organisation's own) and accessibility codes a desk is described by")]
    public static async Task<DeskListsView> Get(IQuerySession session)
    {
        var lists = await session.DeskVocabularyAsync();
        return new DeskListsView(lists.HostPlaces, lists.StaffKinds, lists.Accessibility);
    }
}
