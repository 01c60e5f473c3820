using System.Text.Json.Serialization;

namespace LivingLibrary.Domain.Pairings.Suggestions;

/// <summary>
/// Why a need gets no helper in a suggestion: the first of these that holds, in this order. Helpers who
/// are the learner themselves are never counted.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(NobodyOffersSubject), "nobody-offers-subject")]
[JsonDerivedType(typeof(NobodyAtLevel), "nobody-at-level")]
[JsonDerivedType(typeof(NoSharedLanguage), "no-shared-language")]
[JsonDerivedType(typeof(OnlyExcludedHelpers), "only-excluded-helpers")]
[JsonDerivedType(typeof(EveryHelperFull), "every-helper-full")]
[JsonDerivedType(typeof(GivenToOtherNeeds), "given-to-other-needs")]
[JsonDerivedType(typeof(HelpersTooLoaded), "helpers-too-loaded")]
public abstract record UnmatchedReason;

public sealed record NobodyOffersSubject : UnmatchedReason;

/// <summary>Offers exist, but none at <see cref="LevelNeeded"/> (the learner's level plus the gap) or above.</summary>
public sealed record NobodyAtLevel(int LevelNeeded, int HighestLevelOffered) : UnmatchedReason;

/// <summary>Helpers are at the level, but none speaks one of the learner's languages.</summary>
public sealed record NoSharedLanguage(IReadOnlyList<string> LearnerLanguages) : UnmatchedReason;

/// <summary>The only helpers able to help were forbidden for this learner, or paired with them before and it ended badly.</summary>
public sealed record OnlyExcludedHelpers(IReadOnlyList<Guid> Forbidden, IReadOnlyList<Guid> EndedBadly) : UnmatchedReason;

/// <summary>Every helper able to help was at capacity before this suggestion (active pairings and pins).</summary>
public sealed record EveryHelperFull(IReadOnlyList<Guid> Helpers) : UnmatchedReason;

/// <summary>Helpers had room, but the plan with the best total gives them to other needs.</summary>
public sealed record GivenToOtherNeeds(IReadOnlyList<Guid> Helpers) : UnmatchedReason;

/// <summary>
/// These helpers still have room, but they already help so many that the load-spreading penalty of one more
/// pairing outweighs its points (only with a large capacity or a heavy load-spreading weight).
/// </summary>
public sealed record HelpersTooLoaded(IReadOnlyList<Guid> Helpers) : UnmatchedReason;
