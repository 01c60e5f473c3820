using LivingLibrary.Api.Import;

namespace LivingLibrary.Api.Demo;

/// <summary>
/// A small demo organisation, written as events like any other data: one group in Liège with a
/// dozen participants of mixed levels, offers and needs, in several languages, its cases and a
/// drop-in desk (<see cref="DemoCases"/>), its closed end-of-project evaluation (<see cref="DemoEvaluations"/>) and a few lent
/// devices (<see cref="DemoLoans"/>). Its ids are fixed,
/// so loading it again adds only what is missing.
/// </summary>
public static class DemoData
{
    public const string Organisation = "demo";
    public const string CoordinatorId = "demo-coordinator";
    public const string FacilitatorId = "demo-facilitator";
    public static readonly Guid GroupId = Guid.Parse("0194f2a0-de00-7000-8000-000000000001");

    private static readonly DateOnly Intake = new(2026, 9, 8);
    private static readonly DateOnly Later = new(2026, 11, 17);

    private sealed record Person(int N, string Name, string[] Languages, string Slots,
        (string Skill, int Intake, int? Later)[] Levels, (string Skill, int Level)[] Offers, (string Skill, NeedPriority Priority, DateOnly? Deadline)[] Needs);

    private static readonly Person[] People =
    [
        new(1, "Samira", ["ar", "fr"], "tue-morning thu-afternoon", [("1.1", 4, 5), ("2.1", 5, null), ("pay-bill-online", 5, null), ("use-banking-app", 5, null)],
            [("pay-bill-online", 5), ("use-banking-app", 5), ("2.1", 5)], [("4.2", NeedPriority.Normal, null)]),
        new(2, "Jean", ["fr"], "tue-morning", [("1.1", 1, 2), ("2.1", 1, null), ("pay-bill-online", 1, null)],
            [], [("pay-bill-online", NeedPriority.High, new DateOnly(2026, 12, 5)), ("join-video-call", NeedPriority.Normal, null)]),
        new(3, "Fatma", ["tr", "fr"], "tue-morning wed-morning", [("1.1", 2, null), ("2.1", 3, 4), ("send-messages-on-phone", 5, null)],
            [("send-messages-on-phone", 5)], [("log-in-with-itsme", NeedPriority.High, new DateOnly(2026, 12, 15))]),
        new(4, "Mohamed", ["ar", "fr", "nl"], "tue-afternoon thu-afternoon", [("1.1", 5, null), ("4.1", 6, null), ("4.2", 6, null), ("recognise-phishing", 6, null)],
            [("4.2", 6), ("recognise-phishing", 6), ("protect-phone-with-code", 6)], []),
        new(5, "Elena", ["ru", "fr"], "tue-morning", [("1.1", 3, null), ("2.1", 2, null), ("join-video-call", 2, null)],
            [], [("join-video-call", NeedPriority.High, null), ("fill-online-form", NeedPriority.Normal, null)]),
        new(6, "Jan", ["nl", "fr"], "tue-morning fri-morning", [("1.1", 6, null), ("2.1", 6, null), ("join-video-call", 7, null), ("log-in-with-itsme", 6, null)],
            [("join-video-call", 7), ("log-in-with-itsme", 6)], []),
        new(7, "Aïcha", ["fr", "wo"], "thu-afternoon", [("1.1", 2, 3), ("4.2", 1, 2)],
            [], [("recognise-phishing", NeedPriority.High, null), ("book-appointment-online", NeedPriority.Low, null)]),
        new(8, "Pierre", ["fr"], "tue-morning thu-afternoon", [("1.1", 1, null), ("4.1", 1, null), ("protect-phone-with-code", 1, null)],
            [], [("protect-phone-with-code", NeedPriority.Normal, null), ("send-meter-reading", NeedPriority.High, new DateOnly(2026, 12, 31))]),
        new(9, "Yasmina", ["ar", "fr", "nl"], "tue-morning wed-afternoon", [("1.1", 4, null), ("2.1", 4, null), ("book-appointment-online", 5, null)],
            [("book-appointment-online", 5), ("fill-online-form", 5)], [("use-banking-app", NeedPriority.Normal, null)]),
        new(10, "Hüseyin", ["tr"], "wed-morning", [("1.1", 1, null), ("log-in-with-itsme", 1, null)],
            [], [("log-in-with-itsme", NeedPriority.High, new DateOnly(2026, 12, 10))]),
        new(11, "Lucie", ["fr", "en"], "tue-morning thu-afternoon", [("1.1", 7, null), ("4.2", 7, null), ("send-meter-reading", 6, null)],
            [("send-meter-reading", 6), ("4.2", 7)], []),
        new(12, "Nadia", ["ar", "fr"], "thu-afternoon", [("1.1", 3, 4), ("2.1", 2, 3), ("use-banking-app", 2, null)],
            [], [("use-banking-app", NeedPriority.High, null)]),
    ];

    public static Guid ParticipantId(int n) => Guid.Parse($"0194f2a0-de01-7000-8000-{n:D12}");

    /// <summary>Loads what is missing of the demo organisation; true when it added anything.</summary>
    public static async Task<bool> LoadAsync(IDocumentStore store, CancellationToken cancellation = default)
    {
        await using var session = store.LightweightSession(Organisation);
        session.LastModifiedBy = FacilitatorId;
        session.CorrelationId = "demo-data";
        var added = false;

        if (await session.Events.FetchStreamStateAsync(GroupId, cancellation) is null)
        {
            session.Events.StartStream<Group>(GroupId,
                new GroupCreated(GroupId, "Atelier du mardi", "Centre Agora, Saint-Léonard, Liège",
                    new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), ["fr", "ar", "tr", "nl"]),
                new FacilitatorAssigned(GroupId, FacilitatorId, "Amina (animatrice)"));
            added = true;
        }

        foreach (var person in People)
        {
            var id = ParticipantId(person.N);
            if (await session.Events.FetchStreamStateAsync(id, cancellation) is not null) continue;
            session.Events.StartStream<Participant>(id, Events(id, person));
            added = true;
        }

        await session.SaveChangesAsync(cancellation);

        foreach (var (id, aggregate, events) in DemoCases.Streams().Concat(DemoEvaluations.Streams()).Concat(DemoLoans.Streams()))
        {
            if (await session.Events.FetchStreamStateAsync(id, cancellation) is not null) continue;
            session.Events.StartStream(aggregate, id, events);
            // Fetched for writing, like every append: the participant's snapshot then keeps its exact version (its ETag).
            if (id == DemoCases.RevealedNeed.FromCaseId)
                (await session.Events.FetchForWriting<Participant>(DemoCases.RevealedNeed.ParticipantId, cancellation)).AppendOne(DemoCases.RevealedNeed);
            added = true;
        }
        await session.SaveChangesAsync(cancellation);
        return await DemoNetwork.LoadAsync(store, cancellation) || added;
    }

    private static IEnumerable<object> Events(Guid id, Person p)
    {
        yield return new ParticipantEnrolled(id, GroupId, new PersonalDetails(p.Name, null), p.Languages, Slots(p.Slots),
            new Consent("notice-2026-09-fr", Intake));
        foreach (var (skill, level, _) in p.Levels)
            yield return new SkillAssessed(id, GroupId, skill, level, AssessmentSource.ObservedByFacilitator, null, Intake, true);
        foreach (var (skill, _, later) in p.Levels.Where(l => l.Later is not null))
            yield return new SkillAssessed(id, GroupId, skill, later!.Value, AssessmentSource.ObservedByFacilitator, null, Later, false);
        foreach (var (skill, level) in p.Offers)
            yield return new HelpOffered(id, skill, level);
        var n = 0;
        foreach (var (skill, priority, deadline) in p.Needs)
            yield return new LearningNeedDeclared(id, Guid.Parse($"0194f2a0-de02-7000-8000-{p.N * 100 + ++n:D12}"), skill, priority, deadline);
    }

    private static TimeSlot[] Slots(string slots) => [.. slots.Split(' ').Select(s => ParticipantCsv.TryReadSlot(s)!)];
}
