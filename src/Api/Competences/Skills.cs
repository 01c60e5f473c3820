
namespace LivingLibrary.Api.Competences;

public static class Skills
{
    /// <summary>DigComp, the built-in tasks and the caller's organisation's own tasks.</summary>
    public static async Task<SkillCatalogue> SkillCatalogueAsync(this IQuerySession session)
    {
        var own = await session.Query<OrganisationTask>().OrderBy(t => t.Code).ToListAsync();
        return own.Count == 0 ? SkillCatalogue.BuiltIn : new SkillCatalogue(own.Select(t => t.ToEverydayTask()));
    }
}
