using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Pairings.Suggestions;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Projections.Pairings;

public sealed record PairingSummary(
    Guid Id,
    PairingStatus Status,
    string Skill,
    Guid LearnerId,
    string LearnerName,
    Guid HelperId,
    string HelperName,
    DateOnly ProposedOn,
    DateOnly? StartedOn,
    int Sessions,
    DateOnly? LastSessionOn,
    DateOnly? EndedOn,
    PairingOutcome? Outcome);

public sealed record HelperLoad(Guid HelperId, string Name, int Helping, int Proposed, int Capacity, int FreePlaces);

public sealed record UnmatchedNeedEntry(Guid NeedId, Guid LearnerId, string LearnerName, string Skill, NeedPriority Priority, DateOnly? Deadline,
    UnmatchedReason? Reason, Guid? SuggestionId);

/// <summary>Per group, for the coordinator: how many pairings started, lasted (three sessions or more) and ended well.</summary>
public sealed record GroupPairingStats(Guid GroupId, int Proposed, int Declined, int Withdrawn, int Started, int Active, int Lasted,
    int EndedWell, int EndedMixed, int EndedBadly);

/// <summary>The pairing views, built from pairing and participant snapshots. Pure.</summary>
public static class PairingViews
{
    public const int SessionsToLast = 3;

    public static IReadOnlyList<PairingSummary> Summaries(IEnumerable<Pairing> pairings, IReadOnlyDictionary<Guid, Participant> people) =>
    [
        .. pairings.OrderByDescending(p => p.ProposedOn).ThenBy(p => p.Id).Select(p => new PairingSummary(
            p.Id, p.Status, p.Skill, p.LearnerId, Name(people, p.LearnerId), p.HelperId, Name(people, p.HelperId), p.ProposedOn, p.StartedOn,
            p.Sessions.Count, p.Sessions.Count == 0 ? null : p.Sessions.Max(s => s.HeldOn), p.EndedOn, p.Outcome)),
    ];

    public static IReadOnlyList<HelperLoad> Loads(IEnumerable<Participant> groupPeople, IEnumerable<Pairing> pairings)
    {
        var proposed = pairings.Where(p => p.Status == PairingStatus.Proposed).GroupBy(p => p.HelperId).ToDictionary(g => g.Key, g => g.Count());
        return
        [
            .. groupPeople.Where(p => !p.HasLeft && (p.Offers.Count > 0 || p.Helping.Count > 0))
                .OrderBy(p => p.Person.DisplayName, StringComparer.Ordinal)
                .Select(p => new HelperLoad(p.Id, p.Person.DisplayName, p.Helping.Count, proposed.GetValueOrDefault(p.Id), p.HelpCapacity,
                    Math.Max(0, p.HelpCapacity - p.Helping.Count))),
        ];
    }

    /// <summary>
    /// The needs no pairing is taking care of or has met (one that went well), with the reason the latest suggestion gave, if it looked at them. As in
    /// suggestions, the needs of someone who withdrew their consent wait for nobody.
    /// </summary>
    public static IReadOnlyList<UnmatchedNeedEntry> UnmatchedNeeds(IEnumerable<Participant> groupPeople, IEnumerable<Pairing> pairings, SuggestionRecord? latest)
    {
        var taken = pairings.Where(p => p.TakesCareOfNeed).Select(p => p.NeedId).ToHashSet();
        var reasons = latest?.Suggestion.Unmatched.ToDictionary(u => u.NeedId, u => u.Reason) ?? [];
        return
        [
            .. groupPeople.Where(p => !p.HasLeft && p.Consents)
                .SelectMany(p => p.Needs.Where(n => !taken.Contains(n.NeedId)).Select(n => new UnmatchedNeedEntry(n.NeedId, p.Id, p.Person.DisplayName,
                    n.Skill, n.Priority, n.Deadline, reasons.GetValueOrDefault(n.NeedId), reasons.ContainsKey(n.NeedId) ? latest!.Id : null)))
                .OrderByDescending(n => n.Priority).ThenBy(n => n.Deadline ?? DateOnly.MaxValue).ThenBy(n => n.LearnerName, StringComparer.Ordinal),
        ];
    }

    public static IReadOnlyList<GroupPairingStats> Stats(IEnumerable<Pairing> pairings) =>
        [.. pairings.GroupBy(p => p.GroupId).OrderBy(g => g.Key).Select(g => StatsOf(g.Key, g))];

    public static GroupPairingStats StatsOf(Guid groupId, IEnumerable<Pairing> groupPairings)
    {
        var g = groupPairings.ToList();
        return new GroupPairingStats(
            groupId,
            g.Count,
            g.Count(p => p.Status == PairingStatus.Declined),
            g.Count(p => p.Status == PairingStatus.Withdrawn),
            g.Count(p => p.StartedOn is not null),
            g.Count(p => p.Status == PairingStatus.Active),
            g.Count(p => p.Sessions.Count >= SessionsToLast),
            g.Count(p => p.Outcome == PairingOutcome.WentWell),
            g.Count(p => p.Outcome == PairingOutcome.Mixed),
            g.Count(p => p.Outcome == PairingOutcome.WentBadly));
    }

    private static string Name(IReadOnlyDictionary<Guid, Participant> people, Guid id) =>
        people.TryGetValue(id, out var p) ? p.Person.DisplayName : "";
}
