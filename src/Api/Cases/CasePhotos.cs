namespace LivingLibrary.Api.Cases;

/// <summary>
/// A photo of the letter or screen a case is about, re-encoded without its metadata (<see cref="PhotoEncoder"/>): a
/// document in the organisation's tenant, seen by the case's staff and the person themself only, erased with them and
/// deleted when the case has ended long enough ago (<see cref="CasePhotoOptions.KeepDaysAfterEnd"/>).
/// </summary>
public sealed record CasePhoto(Guid Id, Guid CaseId, Guid? ParticipantId, byte[] Jpeg, int Width, int Height) : Marten.Metadata.ITenanted
{
    /// <summary>The organisation it belongs to, as Marten stores it (read across organisations by the retention run only).</summary>
    public string? TenantId { get; set; }
}

public sealed class CasePhotoOptions
{
    public const string Section = "CasePhotos";

    /// <summary>Days a photo is kept after its case was solved or closed.</summary>
    public int KeepDaysAfterEnd { get; set; } = 90;
}

public static class CasePhotos
{
    public static void AddCasePhotos(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureMarten(opts => opts.Schema.For<CasePhoto>().Index(p => p.CaseId).Index(p => p.ParticipantId));
        builder.Services.AddOptions<CasePhotoOptions>().Bind(builder.Configuration.GetSection(CasePhotoOptions.Section))
            .Validate(o => o.KeepDaysAfterEnd > 0, "CasePhotos:KeepDaysAfterEnd must be a number of days, at least 1.")
            .ValidateOnStart();
    }

    /// <summary>One photo of the case, or null.</summary>
    public static async Task<CasePhoto?> PhotoOfAsync(this IQuerySession session, Guid caseId, Guid photoId) =>
        await session.LoadAsync<CasePhoto>(photoId) is { } photo && photo.CaseId == caseId ? photo : null;

    /// <summary>The photos of each case, by id only (never their bytes).</summary>
    public static async Task<ILookup<Guid, Guid>> PhotosOfAsync(this IQuerySession session, IReadOnlyCollection<Guid> caseIds)
    {
        var ids = caseIds.ToArray();
        if (ids.Length == 0) return Array.Empty<(Guid, Guid)>().ToLookup(p => p.Item1, p => p.Item2);
        var photos = await session.Query<CasePhoto>().Where(p => p.CaseId.IsOneOf(ids)).Select(p => new { p.Id, p.CaseId }).ToListAsync();
        return photos.OrderBy(p => p.Id).ToLookup(p => p.CaseId, p => p.Id);
    }

    /// <summary>
    /// Deletes, in every organisation, the photos of cases solved or closed more than <paramref name="keepDays"/> days before
    /// <paramref name="today"/> (the daily retention run); returns how many.
    /// </summary>
    public static async Task<int> ForgetPhotosOfEndedCasesAsync(this IDocumentStore store, int keepDays, DateOnly today, CancellationToken cancellation = default)
    {
        await using var all = store.QuerySession();
        var kept = await all.Query<CasePhoto>().Where(p => p.AnyTenant()).Select(p => new { p.Id, p.CaseId, p.TenantId }).ToListAsync(cancellation);
        var deleted = 0;
        foreach (var organisation in kept.GroupBy(p => p.TenantId))
        {
            await using var session = store.LightweightSession(organisation.Key!);
            var cases = await session.LoadManyAsync<ProblemCase>(cancellation, organisation.Select(p => p.CaseId).Distinct());
            var ended = cases.Where(c => c.EndedOn is { } on && on.AddDays(keepDays) < today).Select(c => c.Id).ToHashSet();
            foreach (var photo in organisation.Where(p => ended.Contains(p.CaseId)))
            {
                session.Delete<CasePhoto>(photo.Id);
                deleted++;
            }
            await session.SaveChangesAsync(cancellation);
        }
        return deleted;
    }
}
