using System.Security.Claims;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Pairings.Suggestions;
using LivingLibrary.Domain.Participants;
using Marten;

namespace LivingLibrary.Api.Pairings;

public static class PairingAccess
{
    /// <summary>A pairing is run from the learner's group it was proposed in: whoever may not run that group may not know it exists.</summary>
    public static async Task<Refusal?> MayActOnAsync(this IQuerySession session, Pairing pairing, ClaimsPrincipal user) =>
        (await session.LoadAsync<Group>(pairing.GroupId)) is { } group && group.MayRun(user.Caller()) is null
            ? null
            : Refusal.NotFound("There is no such pairing.");

    /// <summary>Every pairing any of these people was in, as learner or helper.</summary>
    public static async Task<IReadOnlyList<Pairing>> PairingsOfAsync(this IQuerySession session, IReadOnlyCollection<Guid> people)
    {
        var ids = people.ToArray();
        return await session.Query<Pairing>().Where(p => p.LearnerId.IsOneOf(ids) || p.HelperId.IsOneOf(ids)).ToListAsync();
    }

    /// <summary>The learners and helpers of these pairings, by id, for their names.</summary>
    public static async Task<IReadOnlyDictionary<Guid, Participant>> PeopleAsync(this IQuerySession session, IEnumerable<Pairing> pairings)
    {
        var ids = pairings.SelectMany(p => new[] { p.LearnerId, p.HelperId }).Distinct().ToArray();
        return (await session.LoadManyAsync<Participant>(ids)).ToDictionary(p => p.Id);
    }

    /// <summary>The weights of the session's organisation (its tenant), or the defaults.</summary>
    public static async Task<PairingWeights> PairingWeightsAsync(this IQuerySession session) =>
        (await session.LoadAsync<OrganisationSettings>(OrganisationSettings.StreamId(session.TenantId)))?.Weights ?? new PairingWeights();

    public static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow);
}
