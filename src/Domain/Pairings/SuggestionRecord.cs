using LivingLibrary.Domain.Pairings.Suggestions;

namespace LivingLibrary.Domain.Pairings;

/// <summary>
/// The "suggested" step of pairings: what the planner proposed for some groups, with every input and
/// weight that produced it (the suggestion's canonical request), so that any pairing can be explained later.
/// </summary>
public sealed record PairingsSuggested(Guid SuggestionId, IReadOnlyList<Guid> GroupIds, DateOnly SuggestedOn, PairingSuggestion Suggestion);

public sealed record SuggestionRecord(Guid Id, IReadOnlyList<Guid> GroupIds, DateOnly SuggestedOn, PairingSuggestion Suggestion)
{
    public int Version { get; set; }

    public static SuggestionRecord Create(PairingsSuggested e) => new(e.SuggestionId, e.GroupIds, e.SuggestedOn, e.Suggestion);
}
