namespace LivingLibrary.Domain.Observatory;

/// <summary>
/// What an organisation that left a network had shared: its months as its cases recorded before it left had them,
/// folded from their events when it left, and kept in the network's tenant.
/// </summary>
public sealed record NetworkShare(string Id, IReadOnlyList<ObservatoryMonth> Months);

/// <summary>One member's months as a network reads them: a member's as they are now, a former member's as it left them.</summary>
public sealed record MemberMonths(string OrganisationId, bool Former, IReadOnlyList<ObservatoryMonth> Months);
