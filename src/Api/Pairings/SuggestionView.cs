using LivingLibrary.Domain.Pairings.Suggestions;

namespace LivingLibrary.Api.Pairings;

/// <summary>A suggested pair: why, in the request's language (<see cref="Explanation"/>) and as a code with its arguments.</summary>
public sealed record SuggestedPairView(Guid NeedId, Guid LearnerId, Guid HelperId, string Skill, bool Pinned, int Score,
    string Explanation, Message ExplanationCode, IReadOnlyList<ScoreLineView> Lines);

public sealed record ScoreLineView(int Points, string Words, IReadOnlyList<Message> WordCodes, ScoreLine Facts);

public sealed record UnmatchedNeedView(Guid NeedId, Guid LearnerId, string Skill, string Explanation, Message ExplanationCode, UnmatchedReason Reason);

public sealed record UnmetPinView(Guid NeedId, Guid HelperId, PinProblem Problem, string Explanation, Message ExplanationCode);

/// <summary>
/// A suggestion as a facilitator reads it: each pair and each unmatched need with its explanation in the request's words,
/// beside the same explanation as codes and arguments (docs/adr/0020).
/// </summary>
public sealed record SuggestionView(
    Guid SuggestionId,
    long TotalScore,
    IReadOnlyList<SuggestedPairView> Pairs,
    IReadOnlyList<UnmatchedNeedView> Unmatched,
    IReadOnlyList<UnmetPinView> UnmetPins,
    PairingWeights Weights,
    int LevelGap)
{
    public static SuggestionView Of(Guid id, PairingSuggestion s, Catalogue catalogue, Names names)
    {
        string Say(Message message) => catalogue.Say(message, names);

        SuggestedPairView Pair(SuggestedPair p) =>
            new(p.NeedId, p.LearnerId, p.HelperId, p.Subject, p.Pinned, p.Score, Say(p.Explained()), p.Explained(), [.. p.Lines.Select(l => Line(l, p))]);

        ScoreLineView Line(ScoreLine l, SuggestedPair p) => new(l.Points, string.Join(", ", l.Explained(p).Select(Say)), l.Explained(p), l);

        return new(
            id,
            s.TotalScore,
            [.. s.Pairs.Select(Pair)],
            [.. s.Unmatched.Select(u => new UnmatchedNeedView(u.NeedId, u.LearnerId, u.Subject, Say(u.Explained()), u.Explained(), u.Reason))],
            [.. s.UnmetPins.Select(p => new UnmetPinView(p.NeedId, p.HelperId, p.Problem, Say(p.Explained(s.Request)), p.Explained(s.Request)))],
            s.Request.Weights,
            s.Request.LevelGap);
    }
}
