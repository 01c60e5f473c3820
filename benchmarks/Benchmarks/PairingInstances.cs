using LivingLibrary.Domain.Pairings.Suggestions;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Benchmarks;

/// <summary>
/// Seeded random pairing requests shaped like a large network: the 21 DigComp competences, the languages of
/// Brussels and Wallonia's groups, weekday availabilities, mostly beginners and a few pins and exclusions.
/// </summary>
internal static class PairingInstances
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public static readonly string[] Competences =
    [
        "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2", "3.3", "3.4",
        "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "5.4",
    ];

    // How often a person speaks each language.
    private static readonly (string Code, double Share)[] Languages =
    [
        ("fr", 0.75), ("nl", 0.30), ("en", 0.20), ("ar", 0.22), ("tr", 0.10), ("es", 0.05), ("pt", 0.04),
        ("ro", 0.05), ("ru", 0.05), ("uk", 0.05), ("prs", 0.03), ("ps", 0.02), ("so", 0.02), ("ti", 0.02), ("ln", 0.03),
    ];

    public static PairingRequest Create(int seed, int needCount, int helperCount)
    {
        var random = new Random(seed);
        var helpers = Enumerable.Range(0, helperCount).Select(_ => Helper(random)).ToArray();
        // About one helper in ten is also a learner; the others needing help are learners only.
        var learners = Enumerable.Range(0, needCount * 7 / 10).Select(_ => NewId(random))
            .Concat(helpers.Take(helperCount / 10).Select(h => h.HelperId)).ToArray();
        var learnerProfiles = learners.ToDictionary(id => id, _ => (Languages: SomeLanguages(random), Free: SomeSlots(random)));
        foreach (var h in helpers.Take(helperCount / 10))
            learnerProfiles[h.HelperId] = (h.Languages.ToArray(), h.Availability.ToArray());

        var needs = Enumerable.Range(0, needCount).Select(_ =>
        {
            var learner = learners[random.Next(learners.Length)];
            var (languages, free) = learnerProfiles[learner];
            return new LearnerNeed(
                NewId(random),
                learner,
                Competences[random.Next(Competences.Length)],
                random.Next(100) switch { < 30 => 0, < 60 => 1, < 80 => 2, < 92 => 3, _ => 4 },
                languages,
                free,
                random.Next(100) switch { < 20 => NeedPriority.Low, < 80 => NeedPriority.Normal, _ => NeedPriority.High },
                random.Next(100) < 25 ? Today.AddDays(random.Next(-2, 46)) : null);
        }).ToArray();

        LearnerAndHelper SomePair() => new(learners[random.Next(learners.Length)], helpers[random.Next(helperCount)].HelperId);
        return new PairingRequest(needs, helpers, Today)
        {
            Forbidden = [.. Enumerable.Range(0, needCount / 40).Select(_ => SomePair())],
            EndedBadly = [.. Enumerable.Range(0, needCount / 40).Select(_ => SomePair())],
            PastPairings =
            [
                .. Enumerable.Range(0, needCount * 3 / 10).Select(_ =>
                {
                    var p = SomePair();
                    return new PastPairing(p.LearnerId, p.HelperId, Competences[random.Next(Competences.Length)]);
                }),
            ],
            Pins = [.. Enumerable.Range(0, needCount / 70).Select(_ => new Pin(needs[random.Next(needCount)].NeedId, helpers[random.Next(helperCount)].HelperId))],
        };
    }

    private static HelperProfile Helper(Random random)
    {
        var capacity = random.Next(1, 4);
        var offers = Competences.OrderBy(_ => random.Next()).Take(random.Next(3, 9))
            .Select(c => new SubjectOffer(c, random.Next(100) switch { < 10 => 3, < 35 => 4, < 60 => 5, < 80 => 6, < 93 => 7, _ => 8 }));
        return new HelperProfile(
            NewId(random),
            SomeLanguages(random),
            SomeSlots(random),
            [.. offers],
            capacity,
            random.Next(100) < 30 ? random.Next(0, capacity + 1) : 0);
    }

    private static string[] SomeLanguages(Random random)
    {
        var spoken = Languages.Where(l => random.NextDouble() < l.Share).Select(l => l.Code).ToArray();
        return spoken.Length > 0 ? spoken : [Languages[random.Next(Languages.Length)].Code];
    }

    // Weekday mornings and afternoons are the usual moments; evenings and weekends are rarer.
    private static TimeSlot[] SomeSlots(Random random)
    {
        var slots = new List<TimeSlot>();
        foreach (var day in Enum.GetValues<DayOfWeek>())
            foreach (var part in Enum.GetValues<DayPart>())
            {
                var weekend = day is DayOfWeek.Saturday or DayOfWeek.Sunday;
                var chance = weekend ? 0.05 : part == DayPart.Evening ? 0.08 : 0.2;
                if (random.NextDouble() < chance) slots.Add(new TimeSlot(day, part));
            }
        return [.. slots];
    }

    private static Guid NewId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
