using LivingLibrary.Api.Cards;

namespace LivingLibrary.Api.DropIns;

public static class RecordDropInRequestEndpoint
{
    public static async Task<(ServiceList, SkillCatalogue, Returning)> LoadAsync(RecordDropInRequest command, IQuerySession session, CardKeys keys) =>
        (await session.ServiceListAsync(), await session.SkillCatalogueAsync(), await session.FindAsync(keys, command.VisitorCard, command.VisitorId));

    public static ProblemDetails Validate(DropInDesk desk, ClaimsPrincipal user) => Problems.FirstOf(desk.MaySee(user.Caller()));

    /// <summary>
    /// Written on the sheet of the desk's session on that day (today unless given); the visitor gets an id of their own, nothing more,
    /// unless their card's code or the id the lookup found ties the request to them (docs/adr/0034).
    /// With an accompaniment, the caller's time with the visitor is recorded on the new case in the same append.
    /// </summary>
    [WolverinePost("/api/desks/{deskId}/requests"), Tags("Drop-ins"), EndpointSummary("Record a visitor's request on a drop-in session's sheet")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static (IResult, IMartenOp) Post(RecordDropInRequest command, [ReadAggregate("deskId")] DropInDesk desk, ServiceList services,
        SkillCatalogue skills, Returning returning, TimeProvider clock, ClaimsPrincipal user)
    {
        var caseId = Guid.CreateVersion7();
        return command.Decide(caseId, Guid.CreateVersion7(), desk, services, skills, clock.Today(), Guid.CreateVersion7(), user.Caller().UserId, returning.Visitor)
            .Start<ProblemCase>(caseId, $"/api/cases/{caseId}");
    }
}
