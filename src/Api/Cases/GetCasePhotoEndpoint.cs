using LivingLibrary.Api.Journal;

namespace LivingLibrary.Api.Cases;

public static class GetCasePhotoEndpoint
{
    /// <summary>Seen by the case's staff and the person it is for only; a photo of another case is not found.</summary>
    public static async Task<ProblemDetails> ValidateAsync(ProblemCase problem, Guid photoId, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(problem, user));

    [WolverineGet("/api/cases/{caseId}/photos/{photoId}"), Tags("Cases"), EndpointSummary("A photo of a case, as kept (image/jpeg)")]
    [ForCallers(CallerKinds.OrganisationStaff | CallerKinds.Participant)]
    [Produces("image/jpeg")]
    [Journalled(PersonalRead.Case, "caseId", NamedBy.Case)]
    public static async Task<IResult> Get([ReadAggregate("caseId")] ProblemCase problem, Guid photoId, IQuerySession session) =>
        await session.PhotoOfAsync(problem.Id, photoId) is { } photo
            ? Results.File(photo.Jpeg, "image/jpeg")
            : Results.Problem(Refusal.NotFound(Thing.Photo).ToProblem());
}
