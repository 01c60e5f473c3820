using LivingLibrary.Domain.Cases;

namespace LivingLibrary.Domain.Observatory;

/// <summary>
/// What the observatory keeps of one case, and nothing about the person: the month it was brought, the service and
/// kind of difficulty, whether it came to a drop-in, where it stands, the autonomy it ended with, the time spent on it.
/// Taken from the case (<see cref="Of"/>): its inline snapshot, or Marten's fold of its events up to a cut-off.
/// </summary>
public sealed record CaseLine(Guid Id, string Month, string Service, string Difficulty, bool FromDropIn, CaseStatus Status, Autonomy? Autonomy, int Minutes)
{
    public static string MonthOf(DateOnly day) => $"{day.Year:D4}-{day.Month:D2}";

    public static CaseLine Of(ProblemCase c) =>
        new(c.Id, MonthOf(c.PostedOn), c.Details.Service, c.Details.Difficulty, c.DeskId is not null, c.Status, c.Resolution?.Autonomy, c.Minutes);
}
