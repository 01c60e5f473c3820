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
            new Fields().Check("networkId", NetworkId is not null, Says.Required).Refusal(),
            caller.IsCoordinator ? null : Refusal.Forbidden(Says.CoordinatorSharesKnowledge),
            network.MaySee(caller),
            network is not null && !network.IsMember(caller.OrganisationId) ? Refusal.Conflict(Says.NotAMemberYet) : null,
            entry.Status == KnowledgeStatus.Published ? null : Refusal.Conflict(Says.OnlyPublishedShared))
        ?? Decision.Append(new KnowledgeEntryShared(entry.Id, network!.Id, today));

    public static SharedKnowledgeEntry Copy(KnowledgeEntry entry, Caller caller, DateOnly today) => new(entry.Id, caller.OrganisationId, entry.Content, today);
}
