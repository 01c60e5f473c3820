using LivingLibrary.Domain.Cases;

namespace LivingLibrary.Domain.Observatory;

/// <summary>
/// What the observatory keeps of one case, and nothing about the person: the month it was brought, the service and
/// kind of difficulty, whether it came to a drop-in, where it stands, the autonomy it ended with, the time spent on it.
/// Folded from the case's events like <see cref="ProblemCase"/> (a test checks that both agree).
/// </summary>
public sealed record CaseLine(Guid Id, string Month, string Service, string Difficulty, bool FromDropIn, CaseStatus Status, Autonomy? Autonomy, int Minutes)
{
    public static string MonthOf(DateOnly day) => $"{day.Year:D4}-{day.Month:D2}";

    public static CaseLine Of(ProblemCase c) =>
        new(c.Id, MonthOf(c.PostedOn), c.Details.Service, c.Details.Difficulty, c.DeskId is not null, c.Status, c.Resolution?.Autonomy, c.Minutes);

    public static CaseLine? Fold(CaseLine? line, object e) => e switch
    {
        CasePosted x => new(x.CaseId, MonthOf(x.PostedOn), x.Details.Service, x.Details.Difficulty, false, CaseStatus.Open, null, 0),
        DropInRequestRecorded x => new(x.CaseId, MonthOf(x.SessionOn), x.Details.Service, x.Details.Difficulty, true, CaseStatus.Open, null, 0),
        CaseAccompanied x when line is not null => line with { Minutes = line.Minutes + x.Accompaniment.Minutes },
        CaseResolved x when line is not null => line with { Status = CaseStatus.Resolved, Autonomy = x.Autonomy },
        CaseReferred when line is not null => line with { Status = CaseStatus.Referred },
        CaseClosed when line is not null => line with { Status = CaseStatus.Closed },
        CaseReopened when line is not null => line with { Status = CaseStatus.Open, Autonomy = null },
        _ => line,
    };

    /// <summary>The events that change a line: what the observatory reads.</summary>
    public static readonly Type[] EventTypes =
        [typeof(CasePosted), typeof(DropInRequestRecorded), typeof(CaseAccompanied), typeof(CaseResolved), typeof(CaseReferred), typeof(CaseClosed), typeof(CaseReopened)];
}
