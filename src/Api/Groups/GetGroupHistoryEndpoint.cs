using System.Security.Claims;
using LivingLibrary.Api.Platform;
using LivingLibrary.Domain.Groups;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace LivingLibrary.Api.Groups;

/// <summary>One fact of a stream's history: what happened, when, who did it, under which correlation id.</summary>
public sealed record HistoryEntry(int Version, DateTimeOffset At, string Type, string? By, string? CorrelationId, object Data);

public static class GetGroupHistoryEndpoint
{
    public static ProblemDetails Validate(Group group, ClaimsPrincipal user) => Problems.FirstOf(group.MaySee(user.Caller()));

    [WolverineGet("/api/groups/{groupId}/history"), Tags("Groups"), EndpointSummary("A group's events, oldest first")]
    public static async Task<IReadOnlyList<HistoryEntry>> Get([ReadAggregate("groupId")] Group group, IQuerySession session)
    {
        var events = await session.Events.FetchStreamAsync(group.Id);
        return [.. events.Select(e => new HistoryEntry((int)e.Version, e.Timestamp, e.EventTypeName, e.UserName, e.CorrelationId, e.Data))];
    }
}
