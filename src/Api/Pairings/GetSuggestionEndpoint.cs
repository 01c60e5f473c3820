
namespace LivingLibrary.Api.Pairings;

public static class GetSuggestionEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(SuggestionRecord record, ClaimsPrincipal user, IQuerySession session)
    {
        var groups = await session.LoadManyAsync<Group>(record.GroupIds.ToArray());
        return Problems.FirstOf(groups.Count == record.GroupIds.Count && groups.All(g => g.MayRun(user.Caller()) is null)
            ? null
            : Refusal.NotFound(Thing.Suggestion));
    }

    /// <summary>A past suggestion, explained again from the inputs and weights it recorded.</summary>
    [WolverineGet("/api/pairings/suggestions/{suggestionId}"), Tags("Pairings"), EndpointSummary("A recorded suggestion and why it proposed what it did")]
    public static async Task<SuggestionView> Get([ReadAggregate("suggestionId")] SuggestionRecord record, IQuerySession session, Catalogue catalogue)
    {
        var request = record.Suggestion.Request;
        var ids = request.Needs.Select(n => n.LearnerId).Concat(request.Helpers.Select(h => h.HelperId)).Distinct().ToArray();
        var people = await session.LoadManyAsync<Participant>(ids);
        return SuggestionView.Of(record.Id, record.Suggestion, catalogue, new Names(Names.Of(people), await session.SkillCatalogueAsync()));
    }
}
