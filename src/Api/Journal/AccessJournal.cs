namespace LivingLibrary.Api.Journal;

/// <summary>
/// The access journal (docs/adr/0013), kept in one place: for a route marked <see cref="JournalledAttribute"/>, the
/// answer is held back until the read has succeeded (2xx) and its entry is stored, so that no one's data leaves
/// unrecorded. A refused read (403, 404) or a failure records nothing.
/// </summary>
public static class AccessJournal
{
    public static void AddAccessJournal(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureMarten(opts => opts.Schema.For<AccessJournalEntry>().Index(e => e.PersonId).Index(e => e.At));
        builder.Services.AddOptions<AccessJournalOptions>().Bind(builder.Configuration.GetSection(AccessJournalOptions.Section))
            .Validate(o => o.RetentionMonths > 0, "AccessJournal:RetentionMonths must be a number of months, at least 1.")
            .ValidateOnStart();
        builder.Services.AddSingleton<JournalRetention>();
    }

    public static void UseAccessJournal(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<JournalledAttribute>() is not { } read)
        {
            await next(context);
            return;
        }

        var answer = context.Response.Body;
        using var held = new MemoryStream();
        context.Response.Body = held;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = answer;
        }
        // The route answered 2xx, so its argument was an id it found.
        if (context.Response.StatusCode is >= 200 and < 300)
            await RecordReadAsync(context, read.Read, read.NamedBy, Guid.Parse((string)context.GetRouteValue(read.RouteArgument)!));
        held.Position = 0;
        await held.CopyToAsync(answer, context.RequestAborted);
    });

    /// <summary>Whatever was read about this person, the oldest first.</summary>
    public static async Task<IReadOnlyList<AccessJournalEntry>> JournalOfAsync(this IQuerySession session, Guid personId) =>
        await session.Query<AccessJournalEntry>().Where(e => e.PersonId == personId).OrderBy(e => e.At).ToListAsync();

    /// <summary>One read of a person's data by the caller, named as a journalled route names it (a case is loaded to find its person).</summary>
    private static async Task RecordReadAsync(HttpContext context, PersonalRead read, NamedBy namedBy, Guid named)
    {
        var store = context.RequestServices.GetRequiredService<IDocumentStore>();
        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        await using var session = store.LightweightSession(context.User.FindFirstValue(Security.OrganisationClaim)!);
        var (kind, person, caseId) = namedBy switch
        {
            NamedBy.Participant => (PersonKind.Participant, named, (Guid?)null),
            NamedBy.Visitor => (PersonKind.Visitor, named, null),
            NamedBy.Referral => (PersonKind.Visitor, (await session.LoadAsync<NetworkReferral>(named))!.VisitorId, null),
            _ => await session.LoadAsync<ProblemCase>(named) switch
            {
                { ParticipantId: { } participant } => (PersonKind.Participant, participant, named),
                { Visitor: { } visitor } => (PersonKind.Visitor, visitor.VisitorId, named),
                _ => throw new InvalidOperationException("A case that was read has no one to journal the read for."),
            },
        };
        await session.RecordReadsAsync(now, context.User.FindFirstValue(Security.UserIdClaim)!, kind, person, caseId, read);
    }

    /// <summary>The same, in a session of its own: the console's pages write nothing else (docs/adr/0022).</summary>
    public static async Task RecordReadsAsync(this IDocumentStore store, string organisation, DateTimeOffset at, string userId, PersonKind kind,
        Guid personId, Guid? caseId, params PersonalRead[] reads)
    {
        await using var session = store.LightweightSession(organisation);
        await session.RecordReadsAsync(at, userId, kind, personId, caseId, reads);
    }

    /// <summary>
    /// Stores reads of one person's data, in the session's organisation, in one commit, before anything of it is shown:
    /// the middleware's for the API's routes, and the console's pages' own for the same reads.
    /// </summary>
    public static async Task RecordReadsAsync(this IDocumentSession session, DateTimeOffset at, string userId, PersonKind kind, Guid personId,
        Guid? caseId, params PersonalRead[] reads)
    {
        foreach (var read in reads) session.Store(new AccessJournalEntry(Guid.CreateVersion7(at), at, userId, read, kind, personId, caseId));
        // Recorded even when the caller has gone: the answer may have reached them.
        await session.SaveChangesAsync(CancellationToken.None);
    }
}
