using LivingLibrary.Api.Library;

namespace LivingLibrary.Api.Cases;

public static class CasesAsOf
{
    /// <summary>
    /// These cases now, or as the event store knew them at the end of a past day. A case's group or desk
    /// never changes, so today's query finds every case that existed then.
    /// </summary>
    public static async Task<IReadOnlyList<ProblemCase>> CasesAsOfAsync(this IQuerySession session, IQueryable<ProblemCase> cases, DateOnly? asOf) =>
        asOf is null
            ? await cases.ToListAsync()
            : await session.StreamsAsOfAsync<ProblemCase>(await cases.Select(c => c.Id).ToListAsync(), asOf.Value);
}
