using System.Security.Claims;
using LivingLibrary.Api.Competences;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Pairings.Suggestions;
using LivingLibrary.Domain.Participants;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace LivingLibrary.Api.Pairings;

public sealed record PairingCreated(Guid Id) : CreationResponse($"/api/pairings/{Id}");

/// <summary>Everything a proposal is checked against, read before deciding.</summary>
public sealed record ProposalContext(Participant? Learner, Participant? Helper, Group? LearnerGroup, Group? HelperGroup,
    bool NeedTaken, SuggestedPair? Pair, string Explanation, Refusal? Refusal);

public static class ProposePairingEndpoint
{
    public static async Task<ProposalContext> LoadAsync(ProposePairing command, IQuerySession session)
    {
        if (command.NeedId is not { } needId)
            return new ProposalContext(null, null, null, null, false, null, "", null);

        var learner = await session.Query<Participant>().Where(p => p.Needs.Any(n => n.NeedId == needId)).FirstOrDefaultAsync();
        var skills = await session.SkillCatalogueAsync();
        var pair = (SuggestedPair?)null;
        var refusal = (Refusal?)null;
        Participant? helper = null;
        if (command.SuggestionId is { } suggestionId)
        {
            pair = (await session.LoadAsync<SuggestionRecord>(suggestionId))?.Suggestion.Pairs.FirstOrDefault(p => p.NeedId == needId);
            if (pair is null) refusal = Refusal.NotFound("That suggestion has no pair for this need.");
            else helper = await session.LoadAsync<Participant>(pair.HelperId);
        }
        else if (command.HelperId is { } helperId && learner is not null && (helper = await session.LoadAsync<Participant>(helperId)) is not null)
        {
            // A pair of the facilitator's own is held to the same hard constraints, by pinning it in a suggestion of one.
            // Its capacity counts the active pairings only: other proposals may still be declined.
            var pairings = (await session.PairingsOfAsync([learner.Id, helper.Id])).Where(p => p.Status != PairingStatus.Proposed);
            var request = PairingRequests.Build(new SuggestPairings(null, null, [new Pin(needId, helperId)], null), [learner, helper], pairings,
                await session.PairingWeightsAsync(), skills, PairingAccess.Today());
            var suggestion = PairingPlanner.Suggest(request);
            pair = suggestion.Pairs.FirstOrDefault(p => p.NeedId == needId && p.HelperId == helperId);
            if (pair is null)
                refusal = Refusal.Conflict(suggestion.UnmetPins.FirstOrDefault() is { } unmet
                    ? Words.For([learner, helper], skills).Describe(unmet, request)
                    : "This pair does not meet the pairing rules.");
        }

        var taken = await session.Query<Pairing>().AnyAsync(p => p.NeedId == needId && (p.Status == PairingStatus.Proposed || p.Status == PairingStatus.Active));
        var explanation = pair is null || learner is null || helper is null ? "" : Words.For([learner, helper], skills).Describe(pair);
        return new ProposalContext(learner, helper,
            learner is null ? null : await session.LoadAsync<Group>(learner.GroupId),
            helper is null ? null : await session.LoadAsync<Group>(helper.GroupId),
            taken, pair, explanation, refusal);
    }

    /// <summary>Both people must be in groups the caller runs; the need must still be open.</summary>
    public static ProblemDetails Validate(ProposePairing command, ProposalContext context, ClaimsPrincipal user)
    {
        var caller = user.Caller();
        return Problems.FirstOf(
            command.NeedId is null ? Refusal.Invalid("needId", "is required.") : null,
            command.SuggestionId is null && command.HelperId is null ? Refusal.Invalid("helperId", "is required when no suggestionId is given.") : null,
            context.Learner is null ? Refusal.NotFound("There is no such learning need.") : null,
            context.LearnerGroup.MayActOnParticipant(caller),
            context.Refusal,
            context.Helper is null ? Refusal.NotFound("There is no such helper.") : null,
            context.HelperGroup.MayActOnParticipant(caller),
            context.Learner?.IsActive(),
            context.Helper?.IsActive(),
            context.NeedTaken ? Refusal.Conflict("This need already has a pairing under way.") : null);
    }

    [WolverinePost("/api/pairings"), Tags("Pairings"), EndpointSummary("Propose a pair to the two people (from a suggestion, or your own)")]
    public static (PairingCreated, IStartStream) Post(ProposePairing command, ProposalContext context)
    {
        var pairingId = Guid.CreateVersion7();
        var pair = context.Pair!;
        return (new PairingCreated(pairingId), MartenOps.StartStream<Pairing>(pairingId,
            new PairingProposed(pairingId, context.Learner!.GroupId, pair.NeedId, pair.LearnerId, pair.HelperId, pair.Subject,
                command.SuggestionId, pair.Score, context.Explanation, PairingAccess.Today())));
    }
}
