using LivingLibrary.Domain.Pairings.Suggestions;

namespace LivingLibrary.Api.Pairings;

public sealed record SuggestedPairView(Guid NeedId, Guid LearnerId, Guid HelperId, string Skill, bool Pinned, int Score,
    string Explanation, IReadOnlyList<ScoreLineView> Lines);

public sealed record ScoreLineView(int Points, string Words, ScoreLine Facts);

public sealed record UnmatchedNeedView(Guid NeedId, Guid LearnerId, string Skill, string Explanation, UnmatchedReason Reason);

public sealed record UnmetPinView(Guid NeedId, Guid HelperId, PinProblem Problem, string Explanation);

/// <summary>A suggestion as a facilitator reads it: each pair and each unmatched need with its explanation in words.</summary>
public sealed record SuggestionView(
    Guid SuggestionId,
    long TotalScore,
    IReadOnlyList<SuggestedPairView> Pairs,
    IReadOnlyList<UnmatchedNeedView> Unmatched,
    IReadOnlyList<UnmetPinView> UnmetPins,
    PairingWeights Weights,
    int LevelGap)
{
    public static SuggestionView Of(Guid id, PairingSuggestion s, PairingWords words) => new(
        id,
        s.TotalScore,
        [.. s.Pairs.Select(p => new SuggestedPairView(p.NeedId, p.LearnerId, p.HelperId, p.Subject, p.Pinned, p.Score, words.Describe(p),
            [.. p.Lines.Select(l => new ScoreLineView(l.Points, words.Describe(l, p), l))]))],
        [.. s.Unmatched.Select(u => new UnmatchedNeedView(u.NeedId, u.LearnerId, u.Subject, words.Describe(u), u.Reason))],
        [.. s.UnmetPins.Select(p => new UnmetPinView(p.NeedId, p.HelperId, p.Problem, words.Describe(p, s.Request)))],
        s.Request.Weights,
        s.Request.LevelGap);
}
