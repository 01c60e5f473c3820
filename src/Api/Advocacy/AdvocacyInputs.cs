using LivingLibrary.Api.Reports;

namespace LivingLibrary.Api.Advocacy;

/// <summary>What the figures of a demand are checked against: the services known, and the latest moment surely recorded.</summary>
public sealed record AdvocacyInputs(ServiceList Services, DateTimeOffset RecordedUpTo)
{
    public static async Task<AdvocacyInputs> LoadAsync(IQuerySession session) => new(await session.ServiceListAsync(), await session.RecordedUpToAsync());
}
