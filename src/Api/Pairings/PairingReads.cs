using LivingLibrary.Domain.Pairings.Suggestions;

namespace LivingLibrary.Api.Pairings;

/// <summary>What the pairing slices read besides their own stream.</summary>
public static class PairingReads
{
    /// <summary>The weights of the session's organisation (its tenant), or the defaults.</summary>
    public static async Task<PairingWeights> PairingWeightsAsync(this IQuerySession session) =>
        (await session.LoadAsync<OrganisationSettings>(OrganisationSettings.StreamId(session.TenantId)))?.Weights ?? new PairingWeights();

    /// <summary>The learners and helpers of these pairings, by id, for their names.</summary>
    public static async Task<IReadOnlyDictionary<Guid, Participant>> PeopleAsync(this IQuerySession session, IEnumerable<Pairing> pairings)
    {
        var ids = pairings.SelectMany(p => new[] { p.LearnerId, p.HelperId }).Distinct().ToArray();
        return (await session.LoadManyAsync<Participant>(ids)).ToDictionary(p => p.Id);
    }

    /// <summary>
    /// The pairing with its explanation in the request's language, from the facts it was proposed on (a pairing proposed
    /// before they were kept has its English words). Never the fetched document itself: Marten may hold it for others.
    /// </summary>
    public static async Task<Pairing> ExplainedAsync(this Pairing pairing, IQuerySession session, Catalogue catalogue)
    {
        if (pairing.Pair is not { } pair) return pairing;
        var people = await session.LoadManyAsync<Participant>(pair.HelperId, pair.LearnerId);
        return pairing with { Explanation = catalogue.Say(pair.Explained(), new Names(Names.Of(people), await session.SkillCatalogueAsync())) };
    }
}
