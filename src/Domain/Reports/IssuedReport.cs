using System.ComponentModel.DataAnnotations;
namespace LivingLibrary.Domain.Reports;

/// <summary>
/// A funder report was issued: its parameters, the rules its figures were built under and the SHA-256 of its JSON, so
/// anyone can regenerate it from the same events and check it. Nothing personal: the issuer is an opaque user id.
/// </summary>
/// <param name="Rules">The <see cref="FunderReports.Rules"/> it was built under; an event stored before they were recorded reads 1.</param>
public sealed record FunderReportIssued(Guid ReportId, Guid? GroupId, DateOnly From, DateOnly To, DateTimeOffset CutOff, string IssuedBy,
    DateOnly IssuedOn, string Sha256, int Rules = 1);

public sealed record IssuedReport(Guid Id, Guid? GroupId, DateOnly From, DateOnly To, DateTimeOffset CutOff, string IssuedBy, DateOnly IssuedOn, string Sha256,
    int Rules = 1)
{
    public int Version { get; set; }

    public static IssuedReport Create(FunderReportIssued e) => new(e.ReportId, e.GroupId, e.From, e.To, e.CutOff, e.IssuedBy, e.IssuedOn, e.Sha256, e.Rules);

    public ReportRequest Request(string organisationId) => new(organisationId, GroupId, From, To, CutOff);
}

/// <summary>The period and cut-off of a report, as asked (preview or issue).</summary>
public sealed record ReportPeriod(DateOnly? From, DateOnly? To, DateTimeOffset? CutOff)
{
    /// <summary>
    /// The period must be whole, and the cut-off not before it starts nor later than what is surely recorded:
    /// a report reads only events already recorded, so that it never changes.
    /// </summary>
    /// <param name="recordedUpTo">The latest moment whose events are all recorded (see <see cref="FunderReports.Settled"/>).</param>
    public Refusal? Check(DateTimeOffset recordedUpTo) =>
        new Fields()
            .Planned("from", From, DateOnly.FromDateTime(recordedUpTo.UtcDateTime), required: true)
            .Planned("to", To, DateOnly.FromDateTime(recordedUpTo.UtcDateTime), required: true)
            .Since("cutOff", CutOff)
            .Check("to", From is null || To is null || To >= From, Says.NotBeforeFrom)
            .Check("cutOff", CutOff is null || From is null || CutOff >= new DateTimeOffset(From.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                Says.NotBeforePeriod)
            .Check("cutOff", CutOff is null || CutOff <= recordedUpTo,
                Says.ReportCutOffInThePast)
            .Refusal();

    /// <summary>The request once checked; the cut-off in UTC, to the second (without one, the latest settled moment).</summary>
    public ReportRequest For(string organisationId, Guid? groupId, DateTimeOffset recordedUpTo)
    {
        var cutOff = (CutOff ?? recordedUpTo).ToUniversalTime();
        return new(organisationId, groupId, From!.Value, To!.Value, cutOff.AddTicks(-(cutOff.Ticks % TimeSpan.TicksPerSecond)));
    }
}

public sealed record IssueFunderReport(Guid? GroupId, [Required] DateOnly? From, [Required] DateOnly? To, DateTimeOffset? CutOff)
{
    public ReportPeriod Period => new(From, To, CutOff);

    public Refusal? Check(DateTimeOffset recordedUpTo) => Period.Check(recordedUpTo);

    /// <param name="sha256">The hash of the report's JSON as built for <paramref name="request"/> (<see cref="FunderReports.Sha256"/>).</param>
    public static Decision Decide(Guid reportId, ReportRequest request, string sha256, Caller caller, DateOnly today) =>
        Decision.Append(new FunderReportIssued(reportId, request.GroupId, request.From, request.To, request.CutOff, caller.UserId, today, sha256,
            FunderReports.Rules));
}
