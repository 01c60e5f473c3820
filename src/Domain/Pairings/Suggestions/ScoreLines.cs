using System.Text.Json.Serialization;

namespace LivingLibrary.Domain.Pairings.Suggestions;

/// <summary>
/// One reason a pair scores what it scores: its points and the facts behind them, so that the words can be
/// rendered later in any language. The type is the kind; stored JSON names it in "kind".
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(NeedMetLine), "need-met")]
[JsonDerivedType(typeof(AvailabilityLine), "availability")]
[JsonDerivedType(typeof(PriorityLine), "priority")]
[JsonDerivedType(typeof(DeadlineLine), "deadline")]
[JsonDerivedType(typeof(ContinuityLine), "continuity")]
[JsonDerivedType(typeof(LoadLine), "load")]
public abstract record ScoreLine(int Points);

/// <summary>The base points for a learner getting help, with the facts that make the pair possible.</summary>
public sealed record NeedMetLine(int Points, int HelperLevel, int LearnerLevel, IReadOnlyList<string> SharedLanguages)
    : ScoreLine(Points);

/// <summary>The weekly slots when both are free; none at all is worth saying too.</summary>
public sealed record AvailabilityLine(int Points, IReadOnlyList<TimeSlot> SharedSlots) : ScoreLine(Points);

public sealed record PriorityLine(int Points, NeedPriority Priority) : ScoreLine(Points);

/// <summary><see cref="DaysLeft"/> is negative when the deadline has passed.</summary>
public sealed record DeadlineLine(int Points, DateOnly Deadline, int DaysLeft) : ScoreLine(Points);

/// <summary>The helper helped this learner before, with <see cref="EarlierSubject"/>.</summary>
public sealed record ContinuityLine(int Points, string EarlierSubject, bool SameSubject) : ScoreLine(Points);

/// <summary>
/// The load-spreading penalty (zero or negative points): the helper has <see cref="PairingsBefore"/>
/// pairings, active or suggested, before this one.
/// </summary>
public sealed record LoadLine(int Points, int PairingsBefore, int Capacity) : ScoreLine(Points);
