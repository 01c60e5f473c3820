using System.ComponentModel.DataAnnotations;
using LivingLibrary.Domain.Networks;

namespace LivingLibrary.Domain.Knowledge;

/// <summary>
/// A published entry as a network sees it, kept in the network's tenant: its text and the organisation that shared it,
/// never its source case, author or reviewer. Sharing again after a new publication replaces it.
/// </summary>
public sealed record SharedKnowledgeEntry(Guid Id, string OrganisationId, KnowledgeContent Content, DateOnly SharedOn)
{
    public string StepsText => string.Join('\n', Content.Steps);
}

public sealed record ShareKnowledgeEntry([Required] Guid? NetworkId)
{
    public Decision Decide(KnowledgeEntry entry, Network? network, Caller caller, DateOnly today) =>
        Refusals.FirstOf(
            new Fields().Check("networkId", NetworkId is not null, "is required.").Refusal(),
            caller.IsCoordinator ? null : Refusal.Forbidden("Only a coordinator may share the organisation's knowledge with a network."),
            network.MaySee(caller),
            network is not null && !network.IsMember(caller.OrganisationId) ? Refusal.Conflict("Your organisation is not a member of this network yet.") : null,
            entry.Status == KnowledgeStatus.Published ? null : Refusal.Conflict("Only a published entry can be shared."))
        ?? Decision.Append(new KnowledgeEntryShared(entry.Id, network!.Id, today));

    public static SharedKnowledgeEntry Copy(KnowledgeEntry entry, Caller caller, DateOnly today) => new(entry.Id, caller.OrganisationId, entry.Content, today);
}
