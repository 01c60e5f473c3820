namespace LivingLibrary.Api.Cases;

/// <summary>
/// A photo of the letter or screen a case is about, re-encoded without its metadata (<see cref="PhotoEncoder"/>): a
/// document in the organisation's tenant, seen by the case's staff and the person themself only, erased with them and
/// deleted when the case has ended long enough ago (<see cref="CasePhotoOptions.KeepDaysAfterEnd"/>).
/// </summary>
public sealed record CasePhoto(Guid Id, Guid CaseId, Guid? ParticipantId, byte[] Jpeg, int Width, int Height);

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
}
