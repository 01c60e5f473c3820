using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Projections.Library;

namespace LivingLibrary.Domain.Tests.Competences;

public sealed class CompetenceRollUpTests
{
    private static readonly DateOnly Sept = new(2026, 9, 8);
    private static readonly DateOnly Nov = new(2026, 11, 17);

    private static Dictionary<string, SkillLevel> Levels(params (string Skill, int Level, DateOnly On)[] levels) =>
        levels.ToDictionary(l => l.Skill, l => new SkillLevel(l.Level, AssessmentSource.ObservedByFacilitator, null, l.On));

    [Fact]
    public void A_competence_assessed_on_tasks_only_takes_the_median_of_their_latest_levels_dated_by_the_latest()
    {
        // pay-bill-online, fill-online-form and send-meter-reading all map to 2.3.
        var rolled = CompetenceRollUp.Of(Levels(("pay-bill-online", 2, Sept), ("fill-online-form", 5, Nov), ("send-meter-reading", 3, Sept)),
            SkillCatalogue.BuiltIn);

        rolled["2.3"].ShouldBe(rolled["2.3"] with { Level = 3, AssessedOn = Nov });
        rolled["2.3"].DerivedFromTasks.ShouldBe(["fill-online-form", "pay-bill-online", "send-meter-reading"]);
    }

    [Fact]
    public void An_even_count_takes_the_lower_middle_level_so_as_not_to_overstate()
    {
        var rolled = CompetenceRollUp.Of(Levels(("pay-bill-online", 2, Sept), ("send-meter-reading", 6, Sept)), SkillCatalogue.BuiltIn);
        rolled["2.3"].Level.ShouldBe(2);
    }

    [Fact]
    public void A_competence_assessed_directly_keeps_its_own_level()
    {
        var rolled = CompetenceRollUp.Of(Levels(("2.3", 7, Sept), ("pay-bill-online", 2, Nov)), SkillCatalogue.BuiltIn);
        rolled["2.3"].ShouldBe(new CompetenceLevel(7, Sept, null));
        rolled["4.2"].ShouldBe(rolled["4.2"] with { Level = 2, AssessedOn = Nov });
        rolled["4.2"].DerivedFromTasks.ShouldBe(["pay-bill-online"]);
    }

    [Fact]
    public void A_group_assessed_on_tasks_only_shows_its_competences_derived_and_its_tasks_beside_them()
    {
        var people = Enumerable.Range(1, 12).Select(n =>
        {
            var id = Guid.Parse($"0194f2a0-0000-7000-8000-{n:D12}");
            return new[] { "pay-bill-online", "fill-online-form", "send-meter-reading" }.Aggregate(
                Participant.Create(new ParticipantEnrolled(id, Guid.Empty, new PersonalDetails($"P{n:D2}", null), ["fr"], [], new Consent("n", Sept))),
                (p, task) => p.Apply(new SkillAssessed(id, Guid.Empty, task, 1 + n % 8, AssessmentSource.ObservedByFacilitator, null, Sept, true)));
        }).ToList();

        var map = SkillMapView.Build(people, SkillCatalogue.BuiltIn);

        map.Distribution["2.3"].NotAssessed.ShouldBe(0);
        map.Participants.ShouldAllBe(r => r.Levels["2.3"].DerivedFromTasks!.Count == 3);
        map.Tasks.ShouldBe(["fill-online-form", "pay-bill-online", "send-meter-reading"]);
        map.Distribution["pay-bill-online"].NotAssessed.ShouldBe(0);
        map.Distribution["3.4"].NotAssessed.ShouldBe(12);
    }
}
