
namespace LivingLibrary.Api.Import;

/// <param name="Lines">On a dry run, what each good line will do: enrol the person it names, with that many intake levels.</param>
public sealed record ImportReport(bool DryRun, int ValidLines, int Imported, IReadOnlyList<Guid> ParticipantIds, IReadOnlyList<ImportError> Errors,
    IReadOnlyList<ImportLine>? Lines = null);

/// <summary>A good line of the file and what importing it does.</summary>
public sealed record ImportLine(int Line, string DisplayName, int Levels);

/// <summary>A bad line's field: what is wrong in the request's language, and as a code with its arguments (docs/adr/0020).</summary>
public sealed record ImportError(int Line, string Field, string Message, string Code, IReadOnlyDictionary<string, object?> Args);

public static class ImportParticipantsEndpoint
{
    /// <summary>A file beyond <see cref="BodyLimit.MaxBytes"/> is refused before it is read (413).</summary>
    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MayRun(user.Caller()));

    /// <summary>
    /// A CSV of participants (and optionally their intake levels) into a group. With dryRun=true it
    /// only reports every bad line; otherwise it imports all lines or, if any is bad, none.
    /// </summary>
    [WolverinePost("/api/groups/{groupId}/participants/import"), Tags("Participants"), EndpointSummary("Import participants from a CSV file (text/csv)")]
    [ProducesResponseType<ImportReport>(StatusCodes.Status200OK), ProducesResponseType<ImportReport>(StatusCodes.Status400BadRequest)]
    [Consumes("text/csv")]
    public static async Task<IResult> Post([ReadAggregate("groupId")] Group group, HttpRequest request, IDocumentSession session, TimeProvider clock,
        Catalogue catalogue, bool dryRun = false)
    {
        using var reader = new StreamReader(request.Body);
        var skills = await session.SkillCatalogueAsync();
        var (lines, faults) = ParticipantCsv.Read(await reader.ReadToEndAsync(), skills, clock.Today());
        var names = new Names(SkillList: skills);
        IReadOnlyList<ImportError> errors = [.. faults.Select(f => new ImportError(f.Line, f.Field, catalogue.Say(f.Said, names), f.Said.Code, f.Said.Args))];
        IReadOnlyList<ImportLine>? planned = dryRun ? [.. lines.Select(l => new ImportLine(l.Line, l.Enrolment.DisplayName!, l.Intake?.Levels?.Count ?? 0))] : null;
        // The file's lines are checked before the group's state (docs/adr/0019): a closed group refuses a good file only.
        if (errors.Count > 0) return Results.Json(new ImportReport(dryRun, lines.Count, 0, [], errors, planned), statusCode: 400);
        if (group.IsOpen() is { } closed) return Results.Problem(closed.ToProblem());
        if (dryRun) return Results.Json(new ImportReport(dryRun, lines.Count, 0, [], errors, planned));

        // All lines in one transaction: Wolverine saves the session once, after this method.
        var ids = new List<Guid>();
        foreach (var line in lines)
        {
            var participantId = Guid.CreateVersion7();
            IEnumerable<object> intake = line.Intake?.Assessed(participantId, group.Id) ?? [];
            session.Events.StartStream<Participant>(participantId, [line.Enrolment.Enrolled(participantId, group.Id), .. intake]);
            ids.Add(participantId);
        }
        return Results.Ok(new ImportReport(false, lines.Count, ids.Count, ids, []));
    }
}
