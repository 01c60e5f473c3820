namespace LivingLibrary.Domain.Cases;

public sealed record AutonomyCounts(int DoneForThem, int DoneTogether, int DoneAlone);

public sealed record ReferralCounts(int Helped, int NotHelped, int NoNews, int AwaitingFollowUp);

/// <summary>What a group or a desk did with its cases: requests, time given, and how cases ended.</summary>
public sealed record CaseActivity(
    int Requests,
    int Accompaniments,
    int Minutes,
    int Open,
    int Resolved,
    int Referred,
    int Closed,
    AutonomyCounts AutonomyAtEnd,
    ReferralCounts Referrals)
{
    /// <summary>
    /// Voided cases count nowhere. Over a period (docs/adr/0031), by the day things happened, whenever they were typed in:
    /// the requests are the cases posted (a drop-in: its session's day) in it, with where those cases stand; the
    /// accompaniments and minutes are those given in it, whichever case they were for.
    /// </summary>
    public static CaseActivity Of(IReadOnlyCollection<ProblemCase> all, Occurred? period = null)
    {
        var counted = all.Where(c => c.Counts).ToList();
        var within = period ?? Occurred.Always;
        var cases = counted.Where(c => within.Contains(c.PostedOn)).ToList();
        var given = counted.SelectMany(c => c.Accompaniments).Where(a => within.Contains(a.On)).ToList();
        var resolved = cases.Where(c => c.Status == CaseStatus.Resolved).ToList();
        var referred = cases.Where(c => c.Status == CaseStatus.Referred).ToList();
        return new CaseActivity(
            cases.Count,
            given.Count,
            given.Sum(a => a.Minutes),
            cases.Count(c => c.Status == CaseStatus.Open),
            resolved.Count,
            referred.Count,
            cases.Count(c => c.Status == CaseStatus.Closed),
            new AutonomyCounts(
                resolved.Count(c => c.Resolution!.Autonomy == Autonomy.DoneForThem),
                resolved.Count(c => c.Resolution!.Autonomy == Autonomy.DoneTogether),
                resolved.Count(c => c.Resolution!.Autonomy == Autonomy.DoneAlone)),
            new ReferralCounts(
                referred.Count(c => c.Referral?.Outcome == ReferralOutcome.Helped),
                referred.Count(c => c.Referral?.Outcome == ReferralOutcome.NotHelped),
                referred.Count(c => c.Referral?.Outcome == ReferralOutcome.NoNews),
                referred.Count(c => c.Referral?.Outcome is null)));
    }
}

public static class CaseBoard
{
    /// <summary>Most urgent first: by urgency, then the nearest due date (none last), then the oldest.</summary>
    public static IReadOnlyList<ProblemCase> MostUrgentFirst(IEnumerable<ProblemCase> cases) =>
        [.. cases.OrderByDescending(c => c.Details.Urgency)
            .ThenBy(c => c.Details.DueOn ?? DateOnly.MaxValue)
            .ThenBy(c => c.PostedOn)
            .ThenBy(c => c.Id)];
}
