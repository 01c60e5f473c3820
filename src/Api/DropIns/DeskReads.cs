namespace LivingLibrary.Api.DropIns;

public static class DeskReads
{
    /// <summary>The built-in desk lists and the session's organisation's own host places and staff kinds.</summary>
    public static async Task<DeskVocabulary> DeskVocabularyAsync(this IQuerySession session)
    {
        var own = await session.Query<DeskListEntry>().ToListAsync();
        return own.Count == 0 ? DeskVocabulary.BuiltIn : new DeskVocabulary(own);
    }
}
