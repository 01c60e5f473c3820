namespace LivingLibrary.Domain.Advocacy;

public enum AdvocacyStatus
{
    Draft,
    Sent,
    Answered,
    Closed,
}

public sealed record AdvocacyAnswer(string Text, DateOnly On);

/// <summary>
/// A precise demand to a service provider or an authority, carried for the people whose cases show the difficulty
/// ("activating itsme fails without a Belgian bank card: 37 cases in six months, 60 % referred"), with its evidence.
/// </summary>
public sealed record AdvocacyPoint(Guid Id, string Title, string Demand, AdvocacyEvidence Evidence, AdvocacyStatus Status, string? SentTo, DateOnly? SentOn,
    IReadOnlyList<AdvocacyAnswer> Answers, string? ClosedReason, DateOnly? ClosedOn)
{
    public int Version { get; set; }

    public static AdvocacyPoint Create(AdvocacyPointDrafted e) => new(e.PointId, e.Title, e.Demand, e.Evidence, AdvocacyStatus.Draft, null, null, [], null, null);

    public AdvocacyPoint Apply(AdvocacyPointRevised e) => this with { Title = e.Title, Demand = e.Demand };

    public AdvocacyPoint Apply(AdvocacyEvidenceUpdated e) => this with { Evidence = e.Evidence };

    public AdvocacyPoint Apply(AdvocacyPointSent e) => this with { Status = AdvocacyStatus.Sent, SentTo = e.To, SentOn = e.On };

    public AdvocacyPoint Apply(AdvocacyPointAnswered e) => this with { Status = AdvocacyStatus.Answered, Answers = [.. Answers, new(e.Answer, e.On)] };

    public AdvocacyPoint Apply(AdvocacyPointClosed e) => this with { Status = AdvocacyStatus.Closed, ClosedReason = e.Reason, ClosedOn = e.On };
}
