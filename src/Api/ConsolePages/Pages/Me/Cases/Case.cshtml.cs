using LivingLibrary.Api.Cases;
using LivingLibrary.Api.Me;

namespace LivingLibrary.Api.ConsolePages.Pages.Me.Cases;

/// <summary>One of their own cases (GET /api/me/cases/{id}): what was done and where to go, newest first. Another's is a 404.</summary>
public sealed class CaseModel : MePage
{
    public MyCase Case { get; private set; } = null!;
    public bool Posted { get; private set; }

    private async Task<IActionResult?> LoadAsync(Guid caseId)
    {
        if (await LoadMeAsync() is null) return NotFound();
        var problem = await Query.LoadAsync<ProblemCase>(caseId);
        // The API's own rule for GET /api/me/cases/{id}: only their own case exists for them.
        if (problem is null || !ReferenceEquals(GetMyCaseEndpoint.Validate(problem, User), WolverineContinue.NoProblems)) return NotFound();
        Case = await GetMyCaseEndpoint.Get(problem, Query);
        await LoadServicesAsync();
        return null;
    }

    public bool PhotoAdded { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid caseId, bool posted, string? photo)
    {
        Posted = posted;
        PhotoAdded = photo == "added";
        return await LoadAsync(caseId) ?? Page();
    }

    /// <summary>One of their photos, as kept (no-store, as every console answer).</summary>
    public async Task<IActionResult> OnGetPhotoAsync(Guid caseId, Guid photo) =>
        await LoadAsync(caseId) ?? (await Query.PhotoOfAsync(caseId, photo) is { } kept ? File(kept.Jpeg, "image/jpeg") : NotFound());

    /// <summary>POST /api/cases/{id}/photos with the photo chosen, as a multipart form of its own.</summary>
    public async Task<IActionResult> OnPostPhotoAsync(Guid caseId)
    {
        if (await LoadAsync(caseId) is { } missing) return missing;
        using var content = new MultipartFormDataContent();
        if (Request.Form.Files["photo"] is { Length: > 0 } file)
        {
            using var read = new MemoryStream();
            await file.CopyToAsync(read);
            content.Add(new ByteArrayContent(read.ToArray()), "photo", "photo");
        }
        var answer = await SendFormAsync(HttpMethod.Post, $"/api/cases/{caseId}/photos",
            new RawBody(content.Headers.ContentType!.ToString(), await content.ReadAsByteArrayAsync()));
        if (Refused(answer) is { } refused)
        {
            if (ModelState.Remove("photo")) ModelState.AddModelError("photo", T(Words.MeCasePhotoWrong));
            return refused;
        }
        return LocalRedirect(AtMessage($"{Home}/cases/{caseId}?photo=added"));
    }
}
