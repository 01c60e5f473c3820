using Wolverine.Marten;

namespace LivingLibrary.Api.Cases;

public static class AddCasePhotoEndpoint
{
    /// <summary>The case's staff, or the person it is for (docs/adr/0026); to anyone else it does not exist.</summary>
    public static async Task<ProblemDetails> ValidateAsync(ProblemCase problem, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(problem, user));

    /// <summary>
    /// A photo of the letter or the screen (multipart/form-data, field "photo"): re-encoded without its metadata and kept as
    /// a document of the organisation; the case records only that it was added, its id and size.
    /// </summary>
    [WolverinePost("/api/cases/{caseId}/photos"), Tags("Cases"), EndpointSummary("Add a photo of the letter or screen to a case (multipart/form-data, field photo)")]
    [ForCallers(CallerKinds.OrganisationStaff | CallerKinds.Participant)]
    [Consumes("multipart/form-data")]
    public static async Task<(Reply<ProblemCase>, Events, IMartenOp)> Post([WriteAggregate("caseId")] ProblemCase problem, HttpRequest request)
    {
        var photo = PhotoEncoder.Reencode(await SentPhotoAsync(request));
        var photoId = Guid.CreateVersion7();
        var decision = new AddCasePhoto(photo?.Jpeg.Length, photo?.Width ?? 0, photo?.Height ?? 0).Decide(problem, photoId, PhotoEncoder.MaxInputBytes);
        var (reply, events) = decision.Reply<ProblemCase>(photoId);
        return (reply, events, decision.IsRefused
            ? MartenOps.Nothing()
            : MartenOps.Store(new CasePhoto(photoId, problem.Id, problem.ParticipantId, photo!.Jpeg, photo.Width, photo.Height)));
    }

    /// <summary>The bytes of the form's "photo" file, or none when there is no such form or file.</summary>
    private static async Task<byte[]> SentPhotoAsync(HttpRequest request)
    {
        if (!request.HasFormContentType) return [];
        try
        {
            var form = await request.ReadFormAsync();
            if (form.Files["photo"] is not { Length: > 0 and <= PhotoEncoder.MaxInputBytes } file) return [];
            using var read = new MemoryStream();
            await file.CopyToAsync(read);
            return read.ToArray();
        }
        catch (InvalidDataException)
        {
            return []; // a broken multipart body is no photo
        }
    }
}
