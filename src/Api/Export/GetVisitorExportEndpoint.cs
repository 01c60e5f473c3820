using LivingLibrary.Api.Journal;

namespace LivingLibrary.Api.Export;

public static class GetVisitorExportEndpoint
{
    public static Task<VisitorRequests> LoadAsync(Guid visitorId, IQuerySession session) => VisitorRequests.LoadAsync(session, visitorId);

    public static ProblemDetails Validate(VisitorRequests visitor, ClaimsPrincipal user) =>
        Problems.FirstOf(visitor.MayBeSeenBy(user.Caller()), user.Caller().MayExportPersonalData());

    [WolverineGet("/api/visitors/{visitorId}/export"), Tags("Privacy")]
    [EndpointSummary("All data about a drop-in visitor, where it came from, who recorded and who read it: format json or page, language fr, nl or en (coordinators)")]
    [Journalled(PersonalRead.Export, "visitorId", NamedBy.Visitor)]
    [ProducesResponseType<PersonalExport>(StatusCodes.Status200OK), AlsoAnswers(ExportFormats.Page)]
    public static async Task<IResult> Get(VisitorRequests visitor, string? format, string? language, IQuerySession session, ClaimsPrincipal user,
        TimeProvider clock, JournalRetention retention)
    {
        if (ExportFormats.Check(format, language) is { } refused) return Results.Problem(refused.ToProblem());
        var request = new ExportRequest(ExportFormats.LanguageOf(language), clock.GetUtcNow(), user.Caller().UserId, retention.Months);
        return await ExportFormats.WriteAsync(await session.OfVisitorAsync(visitor, request), format, session);
    }
}
