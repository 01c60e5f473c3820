namespace LivingLibrary.Api.Privacy;

public static class GetRetentionEndpoint
{
    [WolverineGet("/api/retention"), Tags("Privacy"), EndpointSummary("How long the organisation keeps a person's data after they are gone")]
    public static async Task<RetentionPolicy> Get(IQuerySession session) =>
        await session.LoadAsync<RetentionPolicy>(RetentionPolicy.StreamId(session.TenantId)) ?? new RetentionPolicy(RetentionPolicy.StreamId(session.TenantId), session.TenantId, null);
}

public static class SetRetentionEndpoint
{
    [WolverinePut("/api/retention"), Tags("Privacy"), EndpointSummary("Set how many months after leaving a person's data is erased (coordinators; null: never automatically)")]
    [ProducesResponseType<Versioned>(StatusCodes.Status200OK)]
    public static async Task<IResult> Put(SetRetention command, ClaimsPrincipal user, IDocumentSession session, HttpResponse response)
    {
        var streamId = RetentionPolicy.StreamId(session.TenantId);
        var policy = await session.LoadAsync<RetentionPolicy>(streamId);
        var decision = command.Decide(policy, user.Caller());
        if (decision.Refusal is { } refused) return Results.Problem(refused.ToProblem());
        var version = (policy?.Version ?? 0) + decision.Events.Count;
        if (decision.Events.Count > 0)
        {
            if (policy is null) session.Events.StartStream<RetentionPolicy>(streamId, [.. decision.Events]);
            else session.Events.Append(streamId, version, [.. decision.Events]);
        }
        response.Headers.ETag = Versions.ETag(version);
        return Results.Json(new Versioned(streamId, version));
    }
}

public static class GetDueForErasureEndpoint
{
    public static ProblemDetails Validate(ClaimsPrincipal user) => Problems.FirstOf(user.Caller().MayErase());

    [WolverineGet("/api/retention/due"), Tags("Privacy"), EndpointSummary("The dry run: who is past the retention and would be erased now (coordinators)")]
    public static Task<IReadOnlyList<DueForErasure>> Get(ClaimsPrincipal user, IDocumentStore store, TimeProvider clock) =>
        store.DueForErasureAsync(user.Caller().OrganisationId, clock.Today());
}

public static class ApplyRetentionEndpoint
{
    public static ProblemDetails Validate(ClaimsPrincipal user) => Problems.FirstOf(user.Caller().MayErase());

    /// <summary>What the daily job does, now: everyone due is erased, recorded as erased for retention.</summary>
    [WolverinePost("/api/retention/apply"), Tags("Privacy"), EndpointSummary("Erase now everyone past the retention (coordinators)")]
    public static Task<IReadOnlyList<DueForErasure>> Post(ClaimsPrincipal user, IDocumentStore store, ForgetList forgetList, TimeProvider clock) =>
        store.ApplyRetentionAsync(forgetList, user.Caller().OrganisationId, clock.Today());
}
