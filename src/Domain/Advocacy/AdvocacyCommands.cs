using System.ComponentModel.DataAnnotations;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Observatory;

namespace LivingLibrary.Domain.Advocacy;

// Each command with its decision (docs/adr/0006).

/// <summary>Which figures back a demand: a service (and a kind of difficulty), whole months, and the cut-off they are read at.</summary>
public sealed record EvidenceRequest(string? Service, string? Difficulty, string? From, string? To, DateTimeOffset? CutOff)
{
    /// <param name="recordedUpTo">The latest moment whose events are surely recorded (as for a funder report, docs/adr/0009).</param>
    public Fields Check(Fields fields, ServiceList services, DateTimeOffset recordedUpTo)
    {
        var today = DateOnly.FromDateTime(recordedUpTo.UtcDateTime);
        var period = new ObservatoryPeriod(From, To).Check(today);
        foreach (var (field, errors) in period?.Errors ?? new Dictionary<string, Message[]>())
            foreach (var error in errors) fields.Check(field, false, error);
        return fields
            .Check("service", services.IsKnown(Service), Says.UnknownServiceCode)
            .Check("difficulty", Difficulty is null || Difficulties.IsKnown(Difficulty), Says.UnknownDifficulty(Difficulties.Codes))
            .Check("cutOff", CutOff is null || CutOff <= recordedUpTo, Says.InCutOffPast)
            .Since("cutOff", CutOff);
    }

    public DateTimeOffset CutOffOr(DateTimeOffset recordedUpTo)
    {
        var cutOff = (CutOff ?? recordedUpTo).ToUniversalTime();
        return cutOff.AddTicks(-(cutOff.Ticks % TimeSpan.TicksPerSecond));
    }
}

public sealed record DraftAdvocacyPoint([Required] string? Title, [Required] string? Demand, [Required] string? Service, string? Difficulty, string? From, string? To, DateTimeOffset? CutOff)
{
    public EvidenceRequest Evidence => new(Service, Difficulty, From, To, CutOff);

    public Refusal? Check(ServiceList services, DateTimeOffset recordedUpTo) => Evidence.Check(Text(), services, recordedUpTo).Refusal();

    /// <param name="evidence">The figures, built for <see cref="Evidence"/> once it was checked.</param>
    public Decision Decide(Guid pointId, AdvocacyEvidence evidence) =>
        Text().Refusal() ?? Decision.Append(new AdvocacyPointDrafted(pointId, Title!.Trim(), Demand!.Trim(), evidence));

    private Fields Text() => new Fields().Text("title", Title, AdvocacyRules.TitleMax).Text("demand", Demand, AdvocacyRules.DemandMax);
}

public sealed record ReviseAdvocacyPoint([Required] string? Title, [Required] string? Demand)
{
    public Decision Decide(AdvocacyPoint point) =>
        Refusals.FirstOf(new Fields().Text("title", Title, AdvocacyRules.TitleMax).Text("demand", Demand, AdvocacyRules.DemandMax).Refusal(), point.IsDraft())
        ?? (Title!.Trim() == point.Title && Demand!.Trim() == point.Demand
            ? Decision.Nothing
            : Decision.Append(new AdvocacyPointRevised(point.Id, Title.Trim(), Demand!.Trim())));
}

/// <summary>New figures for a draft: another period, or a later cut-off.</summary>
public sealed record UpdateAdvocacyEvidence(string? From, string? To, DateTimeOffset? CutOff)
{
    public EvidenceRequest Evidence(AdvocacyPoint point) => new(point.Evidence.Service, point.Evidence.Difficulty, From, To, CutOff);

    public Refusal? Check(AdvocacyPoint point, ServiceList services, DateTimeOffset recordedUpTo) =>
        Refusals.FirstOf(Evidence(point).Check(new Fields(), services, recordedUpTo).Refusal(), point.IsDraft());

    public static Decision Decide(AdvocacyPoint point, AdvocacyEvidence evidence) =>
        point.IsDraft() ?? (evidence == point.Evidence ? Decision.Nothing : Decision.Append(new AdvocacyEvidenceUpdated(point.Id, evidence)));
}

public sealed record SendAdvocacyPoint([Required] string? To, DateOnly? On)
{
    public Decision Decide(AdvocacyPoint point, DateOnly today) =>
        Refusals.FirstOf(
            new Fields().Text("to", To, AdvocacyRules.RecipientMax)
                .Happened("on", On, today).Refusal(),
            point.IsDraft())
        ?? Decision.Append(new AdvocacyPointSent(point.Id, To!.Trim(), On ?? today));
}

public sealed record RecordAdvocacyAnswer([Required] string? Answer, DateOnly? On)
{
    public Decision Decide(AdvocacyPoint point, DateOnly today) =>
        Refusals.FirstOf(
            new Fields().Text("answer", Answer, AdvocacyRules.AnswerMax)
                .Happened("on", On, today)
                .Check("on", On is null || point.SentOn is null || On >= point.SentOn, Says.NotBeforeSent).Refusal(),
            point.IsNotClosed(),
            point.Status == AdvocacyStatus.Draft ? Refusal.Conflict(Says.DemandNotSent) : null)
        ?? Decision.Append(new AdvocacyPointAnswered(point.Id, Answer!.Trim(), On ?? today));
}

public sealed record CloseAdvocacyPoint(string? Reason)
{
    public Decision Decide(AdvocacyPoint point, DateOnly today) =>
        Refusals.FirstOf(new Fields().Text("reason", Reason, AdvocacyRules.AnswerMax, required: false).Refusal())
        ?? (point.Status == AdvocacyStatus.Closed ? Decision.Nothing : Decision.Append(new AdvocacyPointClosed(point.Id, Fields.Blank(Reason)?.Trim(), today)));
}
