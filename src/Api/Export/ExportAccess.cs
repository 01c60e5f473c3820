namespace LivingLibrary.Api.Export;

public static class ExportAccess
{
    /// <summary>Exporting all of a person's data is for the organisation's coordinators (the person themselves later).</summary>
    public static Refusal? MayExportPersonalData(this Caller caller) =>
        caller.IsCoordinator ? null : Refusal.Forbidden(Says.CoordinatorExports);

    /// <summary>A participant's export is also their own, self-service (docs/adr/0026): journalled as read by them.</summary>
    public static Refusal? MayExportPersonalData(this Caller caller, Guid participantId) =>
        caller.ParticipantId == participantId ? null : caller.MayExportPersonalData();
}

/// <summary>
/// A drop-in visitor as the organisation knows them: their requests (cases), the referrals members of a network sent about
/// them (docs/adr/0033), and the desks that recorded them.
/// </summary>
public sealed record VisitorRequests(Guid VisitorId, IReadOnlyList<ProblemCase> Requests, IReadOnlyList<DropInDesk> Desks,
    IReadOnlyList<NetworkReferral> Referrals)
{
    /// <summary>What the visitor said of themselves at their latest request.</summary>
    public Visitor? Latest => Requests.LastOrDefault()?.Visitor;

    public static async Task<VisitorRequests> LoadAsync(IQuerySession session, Guid visitorId)
    {
        var requests = (await session.Query<ProblemCase>().Where(c => c.Visitor!.VisitorId == visitorId).ToListAsync())
            .OrderBy(c => c.PostedOn).ThenBy(c => c.Id.ToString(), StringComparer.Ordinal).ToList();
        var referrals = (await session.Query<NetworkReferral>().Where(r => r.VisitorId == visitorId).ToListAsync()).OrderBy(r => r.ReceivedOn).ToList();
        var deskIds = requests.Select(c => c.DeskId).OfType<Guid>().Concat(referrals.Select(r => r.DeskId)).Distinct().ToArray();
        var desks = deskIds.Length == 0 ? [] : await session.LoadManyAsync<DropInDesk>(deskIds);
        return new VisitorRequests(visitorId, requests, [.. desks], referrals);
    }

    /// <summary>A visitor is known at the desks that recorded them: their staff and the coordinators; to anyone else they do not exist.</summary>
    public Refusal? MayBeSeenBy(Caller caller) =>
        Desks.Any(d => d.MaySee(caller) is null) ? null : Refusal.NotFound(Thing.Visitor);
}
