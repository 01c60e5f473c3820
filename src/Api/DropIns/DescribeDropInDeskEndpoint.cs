namespace LivingLibrary.Api.DropIns;

public static class DescribeDropInDeskEndpoint
{
    public static async Task<(DeskVocabulary, ServiceList)> LoadAsync(IQuerySession session) =>
        (await session.DeskVocabularyAsync(), await session.ServiceListAsync());

    public static ProblemDetails Validate(DropInDesk desk, ClaimsPrincipal user) => Problems.FirstOf(desk.MayManage(user.Caller()));

    [WolverinePost("/api/desks/{deskId}/describe"), Tags("Drop-ins")]
    [EndpointSummary("Describe a desk for the public directory: host place, staff kinds, accessibility, services, postcode (codes of GET /api/desk-lists and /api/services)")]
    public static (Reply<DropInDesk>, Events) Post(DescribeDropInDesk command, [WriteAggregate("deskId")] DropInDesk desk, DeskVocabulary lists, ServiceList services) =>
        command.Decide(desk, lists, services).Reply<DropInDesk>();
}
