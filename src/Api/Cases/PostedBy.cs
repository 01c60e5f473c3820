namespace LivingLibrary.Api.Cases;

/// <summary>Who posted cases, as the user of each case's first event says (docs/adr/0026): staff, or the participant themself.</summary>
public static class PostedBy
{
    /// <summary>"participant" or "staff" for each case asked about that has a first event.</summary>
    public static async Task<IReadOnlyDictionary<Guid, string?>> PostedByAsync(this IQuerySession session, IReadOnlyCollection<Guid> caseIds)
    {
        if (caseIds.Count == 0) return new Dictionary<Guid, string?>();
        var ids = caseIds.ToArray();
        var firsts = await session.Events.QueryAllRawEvents().Where(e => e.StreamId.IsOneOf(ids) && e.Version == 1).ToListAsync();
        return firsts.ToDictionary(e => e.StreamId, e => Recorded.By(e.UserName));
    }
}
