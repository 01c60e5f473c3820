using LivingLibrary.Api.Localisation;
using Microsoft.Extensions.Configuration;

namespace LivingLibrary.Api.Tests.Localisation;

/// <summary>The one formatter of what people read: days, numbers and times of day by language, in the organisation's time zone.</summary>
public sealed class WrittenTests
{
    private static Written In(string language) => OrganisationTime.Brussels.In(language);

    [Fact]
    public void Days_and_decimals_are_written_as_each_language_writes_them()
    {
        var day = new DateOnly(2026, 12, 4);

        (In("fr").Date(day), In("nl").Date(day), In("en").Date(day)).ShouldBe(("4 décembre 2026", "4 december 2026", "4 December 2026"));
        (In("fr").Number(34.4, 1), In("nl").Number(34.4, 1), In("en").Number(34.4, 1)).ShouldBe(("34,4", "34,4", "34.4"));
        (In("fr").Number(9000.5, 1), In("nl").Number(9000.5, 1), In("en").Number(9000.5, 1)).ShouldBe(("9\u202f000,5", "9.000,5", "9,000.5"));
        In("de").Date(day).ShouldBe("4 décembre 2026", "another language is written as French, the fallback");
    }

    [Fact]
    public void A_time_is_shown_in_the_organisations_time_zone_winter_and_summer()
    {
        In("fr").Time(new DateTimeOffset(2026, 12, 4, 9, 30, 0, TimeSpan.Zero)).ShouldBe("4 décembre 2026, 10:30");
        In("fr").Time(new DateTimeOffset(2026, 6, 4, 9, 30, 0, TimeSpan.Zero)).ShouldBe("4 juin 2026, 11:30");
        In("en").Time(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero)).ShouldBe("1 January 2027, 00:30", "the day is Brussels's too");
    }

    [Fact]
    public void The_time_zone_is_the_organisations_setting_and_brussels_without_one()
    {
        OrganisationTime.From(new ConfigurationBuilder().Build()).Zone.Id.ShouldBe("Europe/Brussels");
        var lisbon = OrganisationTime.From(new ConfigurationBuilder().AddInMemoryCollection([new(OrganisationTime.Setting, "Europe/Lisbon")]).Build());
        lisbon.In("en").Time(new DateTimeOffset(2026, 12, 4, 9, 30, 0, TimeSpan.Zero)).ShouldBe("4 December 2026, 09:30");
    }
}
