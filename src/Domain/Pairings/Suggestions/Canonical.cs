
namespace LivingLibrary.Domain.Pairings.Suggestions;

/// <summary>
/// The request in one order whatever order it came in: needs and helpers by id, offers by subject, sets sorted
/// and without repeats. Everything after works on this form, so the same input in any order gives the same output.
/// </summary>
internal static class Canonical
{
    public static PairingRequest Of(PairingRequest r) => r with
    {
        Needs = [.. r.Needs.OrderBy(n => n.NeedId).Select(n => n with { Languages = Codes(n.Languages), Availability = Slots(n.Availability) })],
        Helpers =
        [
            .. r.Helpers.OrderBy(h => h.HelperId).Select(h => h with
            {
                Languages = Codes(h.Languages),
                Availability = Slots(h.Availability),
                Offers = [.. h.Offers.Distinct().OrderBy(o => o.Subject, StringComparer.Ordinal).ThenBy(o => o.Level)],
            }),
        ],
        Forbidden = Pairs(r.Forbidden),
        EndedBadly = Pairs(r.EndedBadly),
        Pins = [.. r.Pins.Distinct().OrderBy(p => p.NeedId).ThenBy(p => p.HelperId)],
        PastPairings =
        [
            .. r.PastPairings.Distinct().OrderBy(p => p.LearnerId).ThenBy(p => p.HelperId).ThenBy(p => p.Subject, StringComparer.Ordinal),
        ],
        RelatedSubjects =
        [
            .. r.RelatedSubjects
                .Select(p => string.CompareOrdinal(p.Subject, p.OtherSubject) <= 0 ? p : new SubjectPair(p.OtherSubject, p.Subject))
                .Distinct()
                .OrderBy(p => p.Subject, StringComparer.Ordinal)
                .ThenBy(p => p.OtherSubject, StringComparer.Ordinal),
        ],
    };

    /// <summary>A slot's place in the week, Monday morning first: also its bit in an availability mask.</summary>
    public static int Index(TimeSlot slot) => ((int)slot.Day + 6) % 7 * 3 + (int)slot.Part;

    private static string[] Codes(IReadOnlyList<string> codes) => [.. codes.Distinct().Order(StringComparer.Ordinal)];

    private static TimeSlot[] Slots(IReadOnlyList<TimeSlot> slots) => [.. slots.Distinct().OrderBy(Index)];

    private static LearnerAndHelper[] Pairs(IReadOnlyList<LearnerAndHelper> pairs) =>
        [.. pairs.Distinct().OrderBy(p => p.LearnerId).ThenBy(p => p.HelperId)];
}
