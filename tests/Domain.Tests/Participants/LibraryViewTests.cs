using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Projections.Library;

namespace LivingLibrary.Domain.Tests.Participants;

public sealed class LibraryViewTests
{
    private static readonly Guid Group = Guid.Parse("0194f2a0-0000-7000-8000-0000000000b1");

    private static Participant Person(string name, int n, params object[] events) =>
        Folded.Of<Participant>([new ParticipantEnrolled(Guid.Parse($"0194f2a0-0000-7000-8000-{n:D12}"), Group,
            new PersonalDetails(name, null), ["fr"], [], new Consent("n", new DateOnly(2026, 9, 1))), .. events]);

    [Fact]
    public void The_catalogue_lists_skills_with_helpers_by_level_and_learners_by_priority_and_deadline()
    {
        var id = (int n) => Guid.Parse($"0194f2a0-0000-7000-8000-{n:D12}");
        var people = new[]
        {
            Person("Ahmed", 1, new HelpOffered(id(1), "4.2", 5)),
            Person("Berthe", 2, new HelpOffered(id(2), "4.2", 7), new HelpOfferReviewed(id(2), "4.2", 6), new HelperEngaged(id(2), id(99))),
            Person("Chloé", 3, new LearningNeedDeclared(id(3), id(31), "4.2", NeedPriority.Normal, null)),
            Person("Driss", 4, new LearningNeedDeclared(id(4), id(41), "4.2", NeedPriority.High, new DateOnly(2026, 12, 20))),
            Person("Emma", 5, new LearningNeedDeclared(id(5), id(51), "4.2", NeedPriority.High, new DateOnly(2026, 12, 1))),
            Person("Gone", 6, new HelpOffered(id(6), "4.2", 8), new ParticipantLeft(id(6), Group, null)),
        };

        var view = CatalogueView.Build(people, SkillCatalogue.BuiltIn);

        var entry = view.Skills.ShouldHaveSingleItem();
        entry.Helpers.Select(h => (h.DisplayName, h.Level, h.Confirmed, h.HelpingNow)).ShouldBe([("Berthe", 6, true, 1), ("Ahmed", 5, false, 0)]);
        entry.Learners.Select(l => l.DisplayName).ShouldBe(["Emma", "Driss", "Chloé"]);
    }

    [Fact]
    public void The_skill_map_counts_every_competence_direct_or_derived_and_shows_tasks_beside_them()
    {
        var id = (int n) => Guid.Parse($"0194f2a0-0000-7000-8000-{n:D12}");
        var people = new[]
        {
            Person("A", 1, new SkillAssessed(id(1), Group, "1.1", 1, AssessmentSource.SelfAssessed, null, new DateOnly(2026, 9, 1), true),
                new SkillAssessed(id(1), Group, "pay-bill-online", 4, AssessmentSource.SelfAssessed, null, new DateOnly(2026, 9, 1), true)),
            Person("B", 2, new SkillAssessed(id(2), Group, "1.1", 8, AssessmentSource.SelfAssessed, null, new DateOnly(2026, 9, 1), true)),
            Person("C", 3),
        };

        var map = SkillMapView.Build(people, SkillCatalogue.BuiltIn);

        map.Competences.Count.ShouldBe(21);
        map.Participants[0].Levels.Keys.ShouldBe(["1.1", "2.3", "4.2", "pay-bill-online"], ignoreOrder: true);
        map.Participants[0].Levels["1.1"].DerivedFromTasks.ShouldBeNull();
        map.Participants[0].Levels["2.3"].DerivedFromTasks.ShouldBe(["pay-bill-online"]);
        map.Tasks.ShouldBe(["pay-bill-online"]);
        map.Distribution["1.1"].ShouldBe(new BandCounts(1, 1, 0, 0, 1));
        map.Distribution.Count.ShouldBe(22);
        map.Distribution.Values.ShouldAllBe(c => c.NotAssessed + c.Foundation + c.Intermediate + c.Advanced + c.HighlySpecialised == 3);
    }
}
