using CsCheck;
using LivingLibrary.Domain.Pairings.Suggestions;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Domain.Tests.Pairings.Suggestions;

/// <summary>
/// Random pairing requests. Few subjects, languages and slots, so that pairs often compete; learners and helpers
/// are drawn from one pool of people, so that someone is sometimes both learner and helper.
/// </summary>
internal static class Instances
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    // 1.1 and 1.2 share a DigComp area; the requests may also relate pay-bill-online to 1.1.
    private static readonly Gen<string> AnySubject = Gen.OneOf("1.1", "1.2", "pay-bill-online");
    private static readonly Gen<string> FewSubjects = Gen.OneOf("1.1", "pay-bill-online");
    private static readonly Gen<string> Language = Gen.Frequency((3, Gen.Const("fr")), (1, Gen.Const("ar")), (1, Gen.Const("nl")));
    private static readonly Gen<string[]> LearnerLanguages = Gen.Frequency((1, Gen.Const(Array.Empty<string>())), (12, Language.Array[1, 2]));

    private static readonly Gen<TimeSlot> Slot = Gen.OneOf(
        new TimeSlot(DayOfWeek.Monday, DayPart.Morning),
        new TimeSlot(DayOfWeek.Tuesday, DayPart.Morning),
        new TimeSlot(DayOfWeek.Tuesday, DayPart.Evening),
        new TimeSlot(DayOfWeek.Saturday, DayPart.Afternoon));

    private static readonly Gen<DateOnly?> Deadline = Gen.Frequency(
        (2, Gen.Const((DateOnly?)null)),
        (3, Gen.Int[-3, 40].Select(days => (DateOnly?)Today.AddDays(days))));

    private static readonly Gen<PairingWeights> Weights = Gen.Frequency(
        (1, Gen.Const(new PairingWeights())),
        (3, Gen.Select(Gen.Int[0, 120], Gen.Int[0, 6], Gen.Int[0, 3], Gen.Int[0, 8], Gen.Int[0, 8], Gen.Int[0, 15], Gen.Int[0, 10], Gen.Int[0, 70],
            (met, slot, counted, priority, deadline, same, related, load) => new PairingWeights
            {
                NeedMet = met, SharedSlot = slot, SharedSlotsCounted = counted, PriorityStep = priority, DeadlineStep = deadline,
                SameSubjectBefore = same, RelatedSubjectBefore = related, LoadSpreading = load,
            })));

    /// <summary>
    /// Requests of at most <paramref name="maxNeeds"/> needs and <paramref name="maxHelpers"/> helpers; crowded ones
    /// have at least three needs over two subjects, so that needs compete for helpers.
    /// </summary>
    public static Gen<PairingRequest> Requests(int maxNeeds, int maxHelpers, int maxCapacity, bool crowded = false) =>
        Gen.Guid.Array[maxHelpers + 3].SelectMany(pool =>
        {
            var subject = crowded ? FewSubjects : AnySubject;
            var person = Gen.Int[0, pool.Length - 1].Select(i => pool[i]);
            var helperId = Gen.Int[0, maxHelpers - 1].Select(i => pool[i]);
            var need = Gen.Select(Gen.Guid, person, subject, Gen.Frequency((3, Gen.Int[0, 2]), (1, Gen.Int[3, 5])), LearnerLanguages, Slot.Array[0, 3], Gen.Enum<NeedPriority>(), Deadline,
                (id, learner, subject, level, languages, slots, priority, deadline) =>
                    new LearnerNeed(id, learner, subject, level, languages, slots, priority, deadline));
            var helper = Gen.Select(Language.Array[1, 2], Slot.Array[0, 3], Gen.Select(subject, Gen.Frequency((3, Gen.Int[4, 8]), (1, Gen.Int[1, 3])), (s, l) => new SubjectOffer(s, l)).Array[1, 3],
                Gen.Frequency((1, Gen.Const(0)), (5, Gen.Int[1, maxCapacity])), Gen.Frequency((3, Gen.Const(0)), (1, Gen.Int[1, 2])),
                (languages, slots, offers, capacity, active) => new HelperProfile(Guid.Empty, languages, slots, offers, capacity, Math.Min(active, capacity)));
            var pair = Gen.Select(person, helperId, (l, h) => new LearnerAndHelper(l, h));
            return Gen.Select(
                need.Array[crowded ? 3 : 1, maxNeeds],
                helper.Array[1, maxHelpers],
                Gen.Select(Gen.Frequency((1, Gen.Int[0, 1]), (3, Gen.Const(2)), (1, Gen.Const(3))), Weights, (gap, weights) => (gap, weights)),
                Gen.Select(pair.Array[0, 2], pair.Array[0, 2], Gen.Select(person, helperId, subject, (l, h, s) => new PastPairing(l, h, s)).Array[0, 3], Gen.Bool,
                    (forbidden, endedBadly, past, related) => (forbidden, endedBadly, past, related)),
                Gen.Select(Gen.Int[0, 100], Gen.Int[0, 100], (n, h) => (n, h)).Array[0, 3],
                (needs, helpers, policy, history, pins) => new PairingRequest(needs, [.. helpers.Select((h, i) => h with { HelperId = pool[i] })], Today)
                {
                    LevelGap = policy.gap,
                    Weights = policy.weights,
                    Forbidden = history.forbidden,
                    EndedBadly = history.endedBadly,
                    PastPairings = history.past,
                    RelatedSubjects = history.related ? [new SubjectPair("pay-bill-online", "1.1")] : [],
                    // Mostly pins of a need and a helper of the request; now and then one of a need or a helper not in it.
                    Pins =
                    [
                        .. pins.Select(p => new Pin(
                            p.n % 10 == 0 || needs.Length == 0 ? Guid.Empty : needs[p.n % needs.Length].NeedId,
                            p.h % 10 == 0 ? pool[^1] : pool[p.h % helpers.Length])),
                    ],
                });
        });

    /// <summary>The same request with every list in another order, and related subjects written the other way round.</summary>
    public static PairingRequest Shuffled(PairingRequest r, int seed)
    {
        var random = new Random(seed);
        T[] Shuffle<T>(IEnumerable<T> items)
        {
            var array = items.ToArray();
            random.Shuffle(array);
            return array;
        }
        return r with
        {
            Needs = Shuffle(r.Needs.Select(n => n with { Languages = Shuffle(n.Languages), Availability = Shuffle(n.Availability) })),
            Helpers = Shuffle(r.Helpers.Select(h => h with { Languages = Shuffle(h.Languages), Availability = Shuffle(h.Availability), Offers = Shuffle(h.Offers) })),
            Forbidden = Shuffle(r.Forbidden),
            EndedBadly = Shuffle(r.EndedBadly),
            Pins = Shuffle(r.Pins),
            PastPairings = Shuffle(r.PastPairings),
            RelatedSubjects = Shuffle(r.RelatedSubjects.Select(p => new SubjectPair(p.OtherSubject, p.Subject))),
        };
    }
}
