using LivingLibrary.Api.Networks;

namespace LivingLibrary.Api.Knowledge;

public static class ShareKnowledgeEntryEndpoint
{
    public static async Task<Network?> LoadAsync(ShareKnowledgeEntry command, IDocumentSession session) =>
        command.NetworkId is { } id ? await session.LoadNetworkAsync(id) : null;

    /// <summary>The entry's text is copied into the network's tenant in the same transaction; its source case stays here.</summary>
    [WolverinePost("/api/knowledge/{entryId}/share"), Tags("Knowledge"), EndpointSummary("Share a published entry with a network your organisation is in")]
    public static (Reply<KnowledgeEntry>, Events) Post(ShareKnowledgeEntry command, [WriteAggregate("entryId")] KnowledgeEntry entry, [NotBody] Network? network,
        ClaimsPrincipal user, IDocumentSession session, TimeProvider clock)
    {
        var caller = user.Caller();
        var decision = command.Decide(entry, network, caller, clock.Today());
        if (!decision.IsRefused) session.ForTenant(Network.TenantOf(network!.Id)).Store(ShareKnowledgeEntry.Copy(entry, caller, clock.Today()));
        return decision.Reply<KnowledgeEntry>();
    }
}
