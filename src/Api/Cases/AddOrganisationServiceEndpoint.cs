namespace LivingLibrary.Api.Cases;

public static class AddOrganisationServiceEndpoint
{
    public static Task<ServiceList> LoadAsync(IQuerySession session) => session.ServiceListAsync();

    public static ProblemDetails Validate(ClaimsPrincipal user) =>
        Problems.FirstOf(user.Caller().IsCoordinator ? null : Refusal.Forbidden(Says.CoordinatorManagesServices));

    [WolverinePost("/api/services"), Tags("Reference"), EndpointSummary("Add a service or provider of the organisation's own (coordinators)")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static (IResult, IMartenOp) Post(AddOrganisationService command, ServiceList services)
    {
        var serviceId = Guid.CreateVersion7();
        return command.Decide(serviceId, services).Start<OrganisationService>(serviceId, $"/api/services#{command.Code}");
    }
}
