using System.ComponentModel.DataAnnotations;
using LivingLibrary.Domain.Pairings.Suggestions;

namespace LivingLibrary.Domain.Pairings;

/// <summary>What the facilitator asks for on top of the groups' own data.</summary>
public sealed record SuggestPairings(
    [Required] IReadOnlyList<Guid>? GroupIds,
    int? LevelGap,
    IReadOnlyList<Pin>? Pins,
    IReadOnlyList<LearnerAndHelper>? Forbidden);

/// <summary>Turns participants and the pairings so far into the planner's request. Pure.</summary>
public static class PairingRequests
{
    public const int MaxGroups = 50;

    public static Refusal? Check(SuggestPairings c) =>
        new Fields()
            .Check("groupIds", c.GroupIds is { Count: > 0 and <= MaxGroups }, Says.GroupCount(MaxGroups))
            .Check("levelGap", c.LevelGap is null or >= 0 and <= 7, Says.FromTo(0, 7))
            .Check("pins", c.Pins is null || c.Pins.Count <= 500, Says.TooManyPins(500))
            .Check("forbidden", c.Forbidden is null || c.Forbidden.Count <= 500, Says.TooManyPairs(500))
            .Refusal();

    /// <param name="participants">The people of the groups asked for.</param>
    /// <param name="pairings">Every pairing those people were in: live ones take capacity and needs, ones that went well met their needs, past ones give continuity and exclusions.</param>
    public static PairingRequest Build(SuggestPairings c, IEnumerable<Participant> participants, IEnumerable<Pairing> pairings,
        PairingWeights weights, SkillCatalogue skills, DateOnly today)
    {
        // Whoever left, or withdrew their consent, is neither helped nor asked to help (docs/adr/0012).
        var people = participants.Where(p => !p.HasLeft && p.Consents).ToList();
        var history = pairings.ToList();
        var taken = history.Where(p => p.TakesCareOfNeed).Select(p => p.NeedId).ToHashSet();
        var load = history.Where(p => p.IsLive).GroupBy(p => p.HelperId).ToDictionary(g => g.Key, g => g.Count());

        var needs = people
            .SelectMany(p => p.Needs.Where(n => !taken.Contains(n.NeedId)).Select(n =>
                new LearnerNeed(n.NeedId, p.Id, n.Skill, p.LevelIn(n.Skill) ?? 0, p.Languages, p.Availability, n.Priority, n.Deadline)))
            .ToList();
        var helpers = people
            .Where(p => p.Offers.Count > 0)
            .Select(p => new HelperProfile(p.Id, p.Languages, p.Availability, [.. p.Offers.Select(o => new SubjectOffer(o.Skill, o.Level))],
                p.HelpCapacity, load.GetValueOrDefault(p.Id)))
            .ToList();
        var past = history.Where(p => p.StartedOn is not null).Select(p => new PastPairing(p.LearnerId, p.HelperId, p.Skill)).ToList();

        return new PairingRequest(needs, helpers, today)
        {
            LevelGap = c.LevelGap ?? PairingRequest.DefaultLevelGap,
            Weights = weights,
            Pins = c.Pins ?? [],
            Forbidden = c.Forbidden ?? [],
            EndedBadly = [.. history.Where(p => p.Outcome == PairingOutcome.WentBadly).Select(p => new LearnerAndHelper(p.LearnerId, p.HelperId)).Distinct()],
            PastPairings = past,
            RelatedSubjects = Related(needs.Select(n => n.Subject).Concat(past.Select(p => p.Subject)), skills),
        };
    }

    /// <summary>Two skills are related when they exercise a DigComp competence in common (a task and its competence, two tasks).</summary>
    private static IReadOnlyList<SubjectPair> Related(IEnumerable<string> subjects, SkillCatalogue skills)
    {
        var competences = subjects.Distinct().Order(StringComparer.Ordinal)
            .Select(s => (Subject: s, Codes: skills.CompetencesOf(Skill.FromCode(s)).Select(c => c.Code).ToHashSet()))
            .ToList();
        return
        [
            .. from a in competences
               from b in competences
               where string.CompareOrdinal(a.Subject, b.Subject) < 0 && a.Codes.Overlaps(b.Codes)
               select new SubjectPair(a.Subject, b.Subject),
        ];
    }
}
