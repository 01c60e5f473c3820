using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Domain.Reports;

namespace LivingLibrary.Domain.Tests.Evaluations;

/// <summary>
/// The help people said they gave around them counts, never named, in the group's progress and the funder report; the
/// report shows neither how many people nor how many times when it would be about one or two people (docs/adr/0018).
/// </summary>
public sealed class HelpAroundReportTests
{
    private static readonly DateOnly From = new(2026, 9, 1), To = new(2026, 12, 31);
    private static readonly Guid Tuesday = Id(1);

    private static Guid Id(int n) => Guid.Parse($"00000000-0000-0000-0000-{n:D12}");

    /// <summary>Six people of one group; the first <paramref name="helpers"/> helped someone around them twice in the period, once before.</summary>
    private static FunderReport Report(int helpers)
    {
        var people = Enumerable.Range(1, 6).Select(n =>
        {
            var person = Participant.Create(new ParticipantEnrolled(Id(100 + n), Tuesday, new PersonalDetails($"P{n}", null), ["fr"], [], new Consent("n", From)));
            if (n > helpers) return person;
            return person.Apply(new HelpAroundGiven(person.Id, Id(200 + n), "pay-bill-online", new DateOnly(2026, 8, 20), null))
                .Apply(new HelpAroundGiven(person.Id, Id(300 + n), "pay-bill-online", new DateOnly(2026, 10, 1), null))
                .Apply(new HelpAroundGiven(person.Id, Id(400 + n), "send-meter-reading", new DateOnly(2026, 11, 2), "on her phone"));
        }).ToList();
        var sources = new ReportSources(
            [Group.Create(new GroupCreated(Tuesday, "Mardi", "Liège", From, new DateOnly(2027, 6, 30), ["fr"]))],
            people, [.. people.Select(p => new Stay(p.Id, Tuesday, new DateOnly(2026, 8, 20), null, false))],
            [], [], [], [], [], ServiceList.BuiltIn, SkillCatalogue.BuiltIn);
        return FunderReport.Build(new ReportRequest("org", Tuesday, From, To, new DateTimeOffset(2027, 1, 10, 0, 0, 0, TimeSpan.Zero)), sources);
    }

    [Fact]
    public void The_report_counts_the_people_who_helped_someone_around_them_and_the_times_they_did_in_the_period()
    {
        var progress = Report(helpers: 3).Progress;

        progress.PeopleWhoHelpedAround.ShouldBe(new Figure(3));
        progress.TimesHelpedAround.ShouldBe(new Figure(6)); // the help given before the period is not counted
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Under_three_people_neither_how_many_people_nor_how_many_times_is_shown(int helpers)
    {
        var progress = Report(helpers).Progress;

        progress.PeopleWhoHelpedAround.ShouldBe(Figure.Hidden);
        progress.TimesHelpedAround.ShouldBe(Figure.Hidden);
    }

    [Fact]
    public void When_nobody_said_it_the_report_has_no_such_figure_as_before_and_the_groups_own_staff_see_exact_figures()
    {
        Report(helpers: 0).Progress.ShouldSatisfyAllConditions(p => p.PeopleWhoHelpedAround.ShouldBeNull(), p => p.TimesHelpedAround.ShouldBeNull());

        var one = Participant.Create(new ParticipantEnrolled(Id(9), Tuesday, new PersonalDetails("P", null), ["fr"], [], new Consent("n", From)))
            .Apply(new HelpAroundGiven(Id(9), Id(10), "pay-bill-online", From, null));
        var own = Progress.Together([Progress.Of(one, [], [], [], SkillCatalogue.BuiltIn)], FigureRule.Exact);
        (own.PeopleWhoHelpedAround, own.TimesHelpedAround).ShouldBe((new Figure(1), new Figure(1)));
    }
}
