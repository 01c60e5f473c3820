using LivingLibrary.Api.Cases;

namespace LivingLibrary.Api.Knowledge;

public sealed record DraftInputs(ProblemCase? Source, ServiceList Services, SkillCatalogue Skills);

public static class DraftKnowledgeEntryEndpoint
{
    public static async Task<DraftInputs> LoadAsync(DraftKnowledgeEntry command, IQuerySession session) =>
        new(command.CaseId is { } id ? await session.LoadAsync<ProblemCase>(id) : null, await session.ServiceListAsync(), await session.SkillCatalogueAsync());

    /// <summary>Whoever may see the case may write from it; a case the caller may not see does not exist for them.</summary>
    public static async Task<ProblemDetails> ValidateAsync(DraftInputs inputs, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(inputs.Source is null ? null : await session.MayActOnAsync(inputs.Source, user));

    [WolverinePost("/api/knowledge"), Tags("Knowledge"), EndpointSummary("Write a knowledge entry from a resolved case, in general terms")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static (IResult, IMartenOp) Post(DraftKnowledgeEntry command, DraftInputs inputs, ClaimsPrincipal user)
    {
        var entryId = Guid.CreateVersion7();
        return command.Decide(entryId, inputs.Source, user.Caller().UserId, inputs.Services, inputs.Skills)
            .Start<KnowledgeEntry>(entryId, $"/api/knowledge/{entryId}");
    }
}
