using LivingLibrary.Domain.Pairings.Suggestions;

namespace LivingLibrary.Api.Pairings;

public static class SuggestPairingsEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(SuggestPairings command, ClaimsPrincipal user, IQuerySession session)
    {
        if (PairingRequests.Check(command) is { } invalid) return invalid.ToProblem();
        var ids = command.GroupIds!.Distinct().ToArray();
        var groups = await session.LoadManyAsync<Group>(ids);
        var caller = user.Caller();
        return Problems.FirstOf(
            groups.Count == ids.Length && groups.All(g => g.MayRun(caller) is null) ? null : Refusal.NotFound(Thing.GroupAmongYours));
    }

    /// <summary>
    /// Computes the best pairs for the needs of these groups, records them with every input and weight
    /// (the "suggested" step), and answers them with their explanations. Nothing is proposed yet.
    /// </summary>
    [WolverinePost("/api/pairings/suggestions"), Tags("Pairings"), EndpointSummary("Suggest pairings for one or several groups")]
    public static async Task<(SuggestionView, IStartStream)> Post(SuggestPairings command, IQuerySession session, TimeProvider clock, Catalogue catalogue)
    {
        var groupIds = command.GroupIds!.Distinct().ToArray();
        var people = await session.Query<Participant>().Where(p => p.GroupId.IsOneOf(groupIds) && !p.HasLeft).ToListAsync();
        var pairings = await session.PairingsOfAsync([.. people.Select(p => p.Id)]);
        var weights = await session.PairingWeightsAsync();
        var skills = await session.SkillCatalogueAsync();
        var today = clock.Today();

        var suggestion = PairingPlanner.Suggest(PairingRequests.Build(command, people, pairings, weights, skills, today));
        var record = new PairingsSuggested(Guid.CreateVersion7(), groupIds, today, suggestion);
        return (SuggestionView.Of(record.SuggestionId, suggestion, catalogue, new Names(Names.Of(people), skills)),
            MartenOps.StartStream<SuggestionRecord>(record.SuggestionId, record));
    }
}
