using System.Numerics;

namespace LivingLibrary.Domain.Pairings.Suggestions;

/// <summary>
/// The facts that score one possible pair. Its points and its score lines both come from here, so the
/// optimiser and the explanation cannot disagree.
/// </summary>
internal readonly record struct PairFit(
    int HelperLevel,
    int SharedSlotMask,
    int PrioritySteps,
    int DaysLeft,
    string? EarlierSubject,
    bool SameSubject)
{
    public int SharedSlots => BitOperations.PopCount((uint)SharedSlotMask);

    /// <summary>Urgency steps: 3 within a week (or overdue), 2 within two weeks, 1 within 30 days. No deadline: 0.</summary>
    public int DeadlineSteps => DaysLeft switch
    {
        int.MaxValue => 0,
        <= 7 => 3,
        <= 14 => 2,
        <= 30 => 1,
        _ => 0,
    };

    /// <summary>Everything but the load-spreading penalty, which depends on the rest of the plan.</summary>
    public int Points(PairingWeights w) =>
        w.NeedMet + AvailabilityPoints(w) + w.PriorityStep * PrioritySteps + w.DeadlineStep * DeadlineSteps + ContinuityPoints(w);

    public static int Penalty(PairingWeights w, int pairingsBefore) => w.LoadSpreading * pairingsBefore;

    public IReadOnlyList<ScoreLine> Lines(PairingWeights w, LearnerNeed need, HelperProfile helper, int pairingsBefore)
    {
        var lines = new List<ScoreLine>
        {
            new NeedMetLine(w.NeedMet, HelperLevel, need.LearnerLevel, [.. need.Languages.Intersect(helper.Languages)]),
            new AvailabilityLine(AvailabilityPoints(w), Slots(SharedSlotMask)),
            new PriorityLine(w.PriorityStep * PrioritySteps, need.Priority),
        };
        if (need.Deadline is { } deadline) lines.Add(new DeadlineLine(w.DeadlineStep * DeadlineSteps, deadline, DaysLeft));
        if (EarlierSubject is not null) lines.Add(new ContinuityLine(ContinuityPoints(w), EarlierSubject, SameSubject));
        lines.Add(new LoadLine(-Penalty(w, pairingsBefore), pairingsBefore, helper.Capacity));
        return lines;
    }

    private int AvailabilityPoints(PairingWeights w) => w.SharedSlot * Math.Min(SharedSlots, w.SharedSlotsCounted);

    private int ContinuityPoints(PairingWeights w) =>
        EarlierSubject is null ? 0 : SameSubject ? w.SameSubjectBefore : w.RelatedSubjectBefore;

    private static TimeSlot[] Slots(int mask) =>
        [.. Enumerable.Range(0, 21).Where(i => (mask & (1 << i)) != 0).Select(i => new TimeSlot((DayOfWeek)((i / 3 + 1) % 7), (DayPart)(i % 3)))];
}
