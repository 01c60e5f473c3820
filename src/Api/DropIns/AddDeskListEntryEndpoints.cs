namespace LivingLibrary.Api.DropIns;

/// <summary>An organisation's own host places and staff kinds, beside the built-in ones (coordinators).</summary>
public static class AddHostPlaceEndpoint
{
    public static Task<DeskVocabulary> LoadAsync(IQuerySession session) => session.DeskVocabularyAsync();

    public static ProblemDetails Validate(ClaimsPrincipal user) => DeskListEntries.MayAdd(user);

    [WolverinePost("/api/host-places"), Tags("Reference"), EndpointSummary("Add a host place of the organisation's own, where its desks are hosted (coordinators)")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static (IResult, IMartenOp) Post(AddDeskListEntry command, DeskVocabulary lists) => DeskListEntries.Add(command, DeskList.HostPlace, lists);
}

public static class AddStaffKindEndpoint
{
    public static Task<DeskVocabulary> LoadAsync(IQuerySession session) => session.DeskVocabularyAsync();

    public static ProblemDetails Validate(ClaimsPrincipal user) => DeskListEntries.MayAdd(user);

    [WolverinePost("/api/staff-kinds"), Tags("Reference"), EndpointSummary("Add a kind of staff of the organisation's own, who welcome people at its desks (coordinators)")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static (IResult, IMartenOp) Post(AddDeskListEntry command, DeskVocabulary lists) => DeskListEntries.Add(command, DeskList.StaffKind, lists);
}

internal static class DeskListEntries
{
    public static ProblemDetails MayAdd(ClaimsPrincipal user) =>
        Problems.FirstOf(user.Caller().IsCoordinator ? null : Refusal.Forbidden(Says.CoordinatorManagesDeskLists));

    public static (IResult, IMartenOp) Add(AddDeskListEntry command, DeskList list, DeskVocabulary lists)
    {
        var entryId = Guid.CreateVersion7();
        return command.Decide(entryId, list, lists).Start<DeskListEntry>(entryId, $"/api/desk-lists#{command.Code}");
    }
}
