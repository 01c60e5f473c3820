
namespace LivingLibrary.Api.Competences;

public sealed record CompetenceFramework(
    IReadOnlyList<Area> Areas,
    IReadOnlyList<Competence> Competences,
    IReadOnlyList<ProficiencyBand> Bands,
    IReadOnlyList<ProficiencyLevel> Levels);

public static class GetCompetencesEndpoint
{
    [WolverineGet("/api/competences"), Tags("Reference"), EndpointSummary("DigComp 2.2: areas, competences, bands and levels (fr, nl, en)")]
    public static CompetenceFramework Get() => new(DigComp.Areas, DigComp.Competences, DigComp.Bands, DigComp.Levels);
}
