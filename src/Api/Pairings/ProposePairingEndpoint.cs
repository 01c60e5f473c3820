using LivingLibrary.Domain.Pairings.Suggestions;

namespace LivingLibrary.Api.Pairings;

/// <summary>Everything a proposal is checked against, as read from the store: nothing decided yet.</summary>
public sealed record ProposalInputs(
    Participant? Learner,
    Participant? Helper,
    Group? LearnerGroup,
    Group? HelperGroup,
    SuggestionRecord? Suggestion,
    IReadOnlyList<Pairing> PairingsOfBoth,
    PairingWeights Weights,
    SkillCatalogue Skills,
    bool NeedTaken);

public static class ProposePairingEndpoint
{
    public static async Task<ProposalInputs> LoadAsync(ProposePairing command, IQuerySession session)
    {
        var needId = command.NeedId ?? Guid.Empty;
        var learner = await session.Query<Participant>().Where(p => p.Needs.Any(n => n.NeedId == needId)).FirstOrDefaultAsync();
        var suggestion = command.SuggestionId is { } suggestionId ? await session.LoadAsync<SuggestionRecord>(suggestionId) : null;
        var helperId = command.SuggestionId is null ? command.HelperId : suggestion?.Suggestion.Pairs.FirstOrDefault(p => p.NeedId == needId)?.HelperId;
        var helper = helperId is { } id ? await session.LoadAsync<Participant>(id) : null;
        Guid[] people = [.. new[] { learner?.Id, helper?.Id }.OfType<Guid>()];
        return new ProposalInputs(
            learner,
            helper,
            learner is null ? null : await session.LoadAsync<Group>(learner.GroupId),
            helper is null ? null : await session.LoadAsync<Group>(helper.GroupId),
            suggestion,
            await session.PairingsOfAsync(people),
            await session.PairingWeightsAsync(),
            await session.SkillCatalogueAsync(),
            await session.Query<Pairing>().AnyAsync(p => p.NeedId == needId && (p.Status == PairingStatus.Proposed || p.Status == PairingStatus.Active)));
    }

    /// <summary>Both people must be in groups the caller runs.</summary>
    public static ProblemDetails Validate(ProposePairing command, ProposalInputs inputs, ClaimsPrincipal user)
    {
        var caller = user.Caller();
        return Problems.FirstOf(
            command.Check(),
            inputs.Learner is null ? Refusal.NotFound(Thing.LearningNeed) : null,
            inputs.LearnerGroup.MayActOnParticipant(caller),
            command.SuggestionId is not null && inputs.Helper is null ? Refusal.NotFound(Thing.PairInSuggestion) : null,
            inputs.Helper is null ? Refusal.NotFound(Thing.Helper) : null,
            inputs.HelperGroup.MayActOnParticipant(caller));
    }

    [WolverinePost("/api/pairings"), Tags("Pairings"), EndpointSummary("Propose a pair to the two people (from a suggestion, or your own)")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static (IResult, IMartenOp) Post(ProposePairing command, ProposalInputs inputs, TimeProvider clock)
    {
        var today = clock.Today();
        var (learner, helper) = (inputs.Learner!, inputs.Helper!);
        var pairingId = Guid.CreateVersion7();
        var decision = command.Decide(pairingId, learner, helper, PairOf(command, inputs, today), inputs.NeedTaken, today);
        return decision.Start<Pairing>(pairingId, $"/api/pairings/{pairingId}", new Names(Names.Of([learner, helper]), inputs.Skills));
    }

    /// <summary>
    /// The pair from the suggestion; or a pair of the facilitator's own, held to the same hard constraints
    /// by pinning it in a suggestion of one. Its capacity counts the active pairings only: other
    /// proposals may still be declined.
    /// </summary>
    private static FoundPair PairOf(ProposePairing command, ProposalInputs inputs, DateOnly today)
    {
        var needId = command.NeedId!.Value;
        if (command.SuggestionId is not null)
        {
            var suggested = inputs.Suggestion!.Suggestion.Pairs.First(p => p.NeedId == needId);
            return FoundPair.Of(suggested);
        }

        var helperId = inputs.Helper!.Id;
        var request = PairingRequests.Build(new SuggestPairings(null, null, [new Pin(needId, helperId)], null), [inputs.Learner!, inputs.Helper],
            inputs.PairingsOfBoth.Where(p => p.Status != PairingStatus.Proposed), inputs.Weights, inputs.Skills, today);
        var suggestion = PairingPlanner.Suggest(request);
        var pair = suggestion.Pairs.FirstOrDefault(p => p.NeedId == needId && p.HelperId == helperId);
        return pair is not null
            ? FoundPair.Of(pair)
            : FoundPair.None(Refusal.Conflict(suggestion.UnmetPins.FirstOrDefault() is { } unmet ? unmet.Explained(request) : Says.PairDoesNotFit));
    }
}
