using LivingLibrary.Domain.Competences;

namespace LivingLibrary.Domain.Tests.Competences;

public sealed class DigCompTests
{
    private static readonly string[] CompetenceCodes =
    [
        "1.1", "1.2", "1.3",
        "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
        "3.1", "3.2", "3.3", "3.4",
        "4.1", "4.2", "4.3", "4.4",
        "5.1", "5.2", "5.3", "5.4",
    ];

    [Fact]
    public void There_are_five_areas()
    {
        DigComp.Areas.Select(a => a.Code).ShouldBe(["1", "2", "3", "4", "5"]);
        DigComp.Areas.Select(a => a.Name.En).ShouldBe(
        [
            "Information and data literacy",
            "Communication and collaboration",
            "Digital content creation",
            "Safety",
            "Problem solving",
        ]);
    }

    [Fact]
    public void There_are_the_21_competences_of_DigComp_2_2_in_code_order() =>
        DigComp.Competences.Select(c => c.Code).ShouldBe(CompetenceCodes);

    [Fact]
    public void Each_competence_belongs_to_the_area_its_code_starts_with()
    {
        foreach (var competence in DigComp.Competences)
        {
            DigComp.Areas.ShouldContain(a => a.Code == competence.AreaCode);
            competence.Code.ShouldStartWith(competence.AreaCode + ".");
        }
        DigComp.CompetencesIn("2").Count.ShouldBe(6);
        DigComp.CompetencesIn("9").ShouldBeEmpty();
    }

    [Fact]
    public void The_official_English_titles_are_used()
    {
        DigComp.Find("1.1")!.Name.En.ShouldBe("Browsing, searching and filtering data, information and digital content");
        DigComp.Find("2.6")!.Name.En.ShouldBe("Managing digital identity");
        DigComp.Find("3.2")!.Name.En.ShouldBe("Integrating and re-elaborating digital content");
        DigComp.Find("4.2")!.Name.En.ShouldBe("Protecting personal data and privacy");
        DigComp.Find("5.4")!.Name.En.ShouldBe("Identifying digital competence gaps");
    }

    [Fact]
    public void Every_name_is_given_in_French_Dutch_and_English()
    {
        var labels = DigComp.Areas.Select(a => a.Name)
            .Concat(DigComp.Competences.Select(c => c.Name))
            .Concat(DigComp.Bands.Select(b => b.Name))
            .Concat(DigComp.Levels.Select(l => l.Description));

        foreach (var label in labels)
        {
            label.Fr.ShouldNotBeNullOrWhiteSpace();
            label.Nl.ShouldNotBeNullOrWhiteSpace();
            label.En.ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Theory]
    [InlineData("4.2", true)]
    [InlineData("1.1", true)]
    [InlineData("5.5", false)]
    [InlineData("4", false)]
    [InlineData("4.2 ", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_the_21_codes_are_competences(string? code, bool known)
    {
        DigComp.IsCompetence(code).ShouldBe(known);
        (DigComp.Find(code) is not null).ShouldBe(known);
    }

    [Fact]
    public void The_area_of_a_competence_is_found_from_its_code()
    {
        DigComp.AreaOf("4.2")!.Name.En.ShouldBe("Safety");
        DigComp.AreaOf("2.5")!.Code.ShouldBe("2");
        DigComp.AreaOf("6.1").ShouldBeNull();
        DigComp.AreaOf(null).ShouldBeNull();
    }

    [Theory]
    [InlineData(1, Band.Foundation)]
    [InlineData(2, Band.Foundation)]
    [InlineData(3, Band.Intermediate)]
    [InlineData(4, Band.Intermediate)]
    [InlineData(5, Band.Advanced)]
    [InlineData(6, Band.Advanced)]
    [InlineData(7, Band.HighlySpecialised)]
    [InlineData(8, Band.HighlySpecialised)]
    public void Each_level_belongs_to_its_band(int level, Band band)
    {
        DigComp.IsLevel(level).ShouldBeTrue();
        DigComp.BandOf(level).ShouldBe(band);
        DigComp.Levels[level - 1].ShouldSatisfyAllConditions(
            l => l.Number.ShouldBe(level),
            l => l.Band.ShouldBe(band));
        var info = DigComp.Bands.Single(b => b.Band == band);
        level.ShouldBeInRange(info.FirstLevel, info.LastLevel);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(-1)]
    public void Levels_outside_1_to_8_are_refused(int level)
    {
        DigComp.IsLevel(level).ShouldBeFalse();
        Should.Throw<ArgumentOutOfRangeException>(() => DigComp.BandOf(level));
    }

    [Fact]
    public void There_are_eight_levels_in_four_bands()
    {
        DigComp.Levels.Select(l => l.Number).ShouldBe([1, 2, 3, 4, 5, 6, 7, 8]);
        DigComp.Bands.Select(b => b.Band).ShouldBe(Enum.GetValues<Band>());
        DigComp.LabelOf(Band.Foundation).ShouldBe(new Label("Fondamental", "Basis", "Foundation"));
        DigComp.LabelOf(Band.HighlySpecialised).In("nl").ShouldBe("Hooggespecialiseerd");
    }
}
