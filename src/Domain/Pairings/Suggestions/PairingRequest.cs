using System.ComponentModel.DataAnnotations;

namespace LivingLibrary.Domain.Pairings.Suggestions;

/// <summary>
/// What one learner wants help with. <see cref="Subject"/> is a key compared for equality only: a DigComp
/// competence code ("4.2") or an everyday task code ("pay-bill-online"); the caller expands tasks.
/// <see cref="LearnerLevel"/> is the DigComp proficiency level, 0 meaning "no skill yet".
/// </summary>
public sealed record LearnerNeed(
    Guid NeedId,
    Guid LearnerId,
    string Subject,
    int LearnerLevel,
    IReadOnlyList<string> Languages,
    IReadOnlyList<TimeSlot> Availability,
    NeedPriority Priority = NeedPriority.Normal,
    DateOnly? Deadline = null);

public sealed record SubjectOffer(string Subject, int Level);

/// <summary>
/// A participant who can help. <see cref="Capacity"/> is how many pairings they take at once;
/// <see cref="ActivePairings"/> already running count against it.
/// </summary>
public sealed record HelperProfile(
    Guid HelperId,
    IReadOnlyList<string> Languages,
    IReadOnlyList<TimeSlot> Availability,
    IReadOnlyList<SubjectOffer> Offers,
    int Capacity = 2,
    int ActivePairings = 0);

/// <summary>A learner and a helper, for the pairs a facilitator forbade and those that ended badly.</summary>
public sealed record LearnerAndHelper([Required] Guid LearnerId, [Required] Guid HelperId);

/// <summary>A facilitator's decision that this helper takes this need.</summary>
public sealed record Pin([Required] Guid NeedId, [Required] Guid HelperId);

/// <summary>An earlier pairing, for continuity: a learner is glad to see the same helper again.</summary>
public sealed record PastPairing(Guid LearnerId, Guid HelperId, string Subject);

/// <summary>Two subjects the organisation considers related, beyond the same DigComp area.</summary>
public sealed record SubjectPair(string Subject, string OtherSubject);

/// <summary>Everything a pairing suggestion depends on; the suggestion echoes it, in canonical order.</summary>
public sealed record PairingRequest(IReadOnlyList<LearnerNeed> Needs, IReadOnlyList<HelperProfile> Helpers, DateOnly Today)
{
    public const int DefaultLevelGap = 2;

    /// <summary>A helper must be at least this many levels above the learner in the subject.</summary>
    public int LevelGap { get; init; } = DefaultLevelGap;

    public PairingWeights Weights { get; init; } = new();
    public IReadOnlyList<LearnerAndHelper> Forbidden { get; init; } = [];
    public IReadOnlyList<LearnerAndHelper> EndedBadly { get; init; } = [];
    public IReadOnlyList<Pin> Pins { get; init; } = [];
    public IReadOnlyList<PastPairing> PastPairings { get; init; } = [];
    public IReadOnlyList<SubjectPair> RelatedSubjects { get; init; } = [];
}
