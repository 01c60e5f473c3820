namespace LivingLibrary.Api.DropIns;

public static class RecordDropInRequestEndpoint
{
    public static async Task<(ServiceList, SkillCatalogue)> LoadAsync(IQuerySession session) =>
        (await session.ServiceListAsync(), await session.SkillCatalogueAsync());

    public static ProblemDetails Validate(DropInDesk desk, ClaimsPrincipal user) => Problems.FirstOf(desk.MaySee(user.Caller()));

    /// <summary>
    /// Written on the sheet of the desk's session on that day (today unless given); the visitor gets an id of their own, nothing more.
    /// With an accompaniment, the caller's time with the visitor is recorded on the new case in the same append.
    /// </summary>
    [WolverinePost("/api/desks/{deskId}/requests"), Tags("Drop-ins"), EndpointSummary("Record a visitor's request on a drop-in session's sheet")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static (IResult, IMartenOp) Post(RecordDropInRequest command, [ReadAggregate("deskId")] DropInDesk desk, ServiceList services,
        SkillCatalogue skills, TimeProvider clock, ClaimsPrincipal user)
    {
        var caseId = Guid.CreateVersion7();
        return command.Decide(caseId, Guid.CreateVersion7(), desk, services, skills, clock.Today(), Guid.CreateVersion7(), user.Caller().UserId).Start<ProblemCase>(caseId, $"/api/cases/{caseId}");
    }
}
