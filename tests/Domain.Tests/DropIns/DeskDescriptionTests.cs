using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.DropIns;

namespace LivingLibrary.Domain.Tests.DropIns;

/// <summary>What a desk tells the public directory (docs/adr/0032), decided on the desk and the organisation's lists.</summary>
public sealed class DeskDescriptionTests
{
    private static readonly DropInDesk Desk = DropInDesk.Create(new DropInDeskOpened(Guid.NewGuid(), "EPN", "Rue de l'EPN 1",
        [new WeeklyHours(DayOfWeek.Thursday, new TimeOnly(9, 0), new TimeOnly(12, 0))], ["fr", "ar"]));

    private static readonly DeskListEntry ParishHall = new(Guid.NewGuid(), DeskList.HostPlace, "parish-hall", new Label("Salle paroissiale", "", ""));
    private static readonly DeskVocabulary Lists = new([ParishHall]);

    private static DescribeDropInDesk Described(string? host = "food-bank", string? postcode = "1080") =>
        new(host, ["volunteer", "volunteer"], ["hearing-loop"], ["itsme"], postcode);

    [Fact]
    public void A_description_of_known_codes_is_one_event_each_list_without_repeats()
    {
        var decision = Described().Decide(Desk, Lists, ServiceList.BuiltIn);
        var described = decision.Events.ShouldHaveSingleItem().ShouldBeOfType<DropInDeskDescribed>();
        described.Description.Same(new DeskDescription("food-bank", ["volunteer"], ["hearing-loop"], ["itsme"], "1080")).ShouldBeTrue();
        Described().Decide(Desk.Apply(described), Lists, ServiceList.BuiltIn).ShouldBe(Decision.Nothing);
    }

    [Fact]
    public void The_same_description_again_appends_nothing_and_an_organisations_own_host_place_is_known()
    {
        var desk = Desk.Apply(new DropInDeskDescribed(Desk.Id, new DeskDescription("parish-hall", ["volunteer"], ["hearing-loop"], ["itsme"], "1080")));
        Described("parish-hall").Decide(desk, Lists, ServiceList.BuiltIn).ShouldBe(Decision.Nothing);
        Described("parish-hall").Decide(desk, DeskVocabulary.BuiltIn, ServiceList.BuiltIn).Refusal!.Errors!.Keys.ShouldBe(["hostPlace"]);
    }

    [Fact]
    public void Unknown_codes_and_a_postcode_that_is_none_are_refused_naming_each_field_before_a_closed_desk()
    {
        var closed = Desk.Apply(new DropInDeskClosed(Desk.Id, null));
        var refusal = new DescribeDropInDesk("castle", ["volunteer", "wizard"], ["moat"], ["nope"], "1 0 8 0").Decide(closed, Lists, ServiceList.BuiltIn).Refusal!;
        refusal.Kind.ShouldBe(RefusalKind.Invalid);
        refusal.Errors!.Keys.ShouldBe(["hostPlace", "staffKinds[1]", "accessibility[0]", "services[0]", "postcode"], ignoreOrder: true);
        Described().Decide(closed, Lists, ServiceList.BuiltIn).Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
    }

    [Fact]
    public void A_code_already_in_the_list_or_built_in_is_refused_and_a_new_one_is_added_to_its_list()
    {
        new AddDeskListEntry("parish-hall", "Salle", null, null).Decide(Guid.NewGuid(), DeskList.HostPlace, Lists).Refusal!.Errors!.Keys.ShouldBe(["code"]);
        new AddDeskListEntry("volunteer", "Bénévole", null, null).Decide(Guid.NewGuid(), DeskList.StaffKind, Lists).Refusal!.Errors!.Keys.ShouldBe(["code"]);
        new AddDeskListEntry("Parish Hall", null, null, null).Decide(Guid.NewGuid(), DeskList.StaffKind, Lists).Refusal!.Errors!.Keys.ShouldBe(["code", "name"], ignoreOrder: true);
        var id = Guid.NewGuid();
        new AddDeskListEntry("parish-hall", null, "Parochiezaal", null).Decide(id, DeskList.StaffKind, Lists).Events
            .ShouldBe([new DeskListEntryAdded(id, DeskList.StaffKind, "parish-hall", new Label("", "Parochiezaal", ""))]);
    }

    [Theory]
    [InlineData("thursday", "ar", "itsme", "10", true)]
    [InlineData("monday", null, null, null, false)]
    [InlineData(null, "nl", null, null, false)]
    [InlineData(null, "ar", null, "1080", true)]
    [InlineData(null, null, "eid", null, false)]
    [InlineData(null, null, null, "1000", false)]
    public void The_directorys_filter_admits_a_desk_open_that_day_in_that_language_for_that_service_in_that_area(
        string? day, string? speaks, string? service, string? area, bool admitted)
    {
        var desk = Desk.Apply(new DropInDeskDescribed(Desk.Id, new DeskDescription(null, [], [], ["itsme"], "1080")));
        var filter = new DirectoryFilter(day, speaks, service, area);
        filter.Check().ShouldBeNull();
        filter.Admits(desk).ShouldBe(admitted);
        filter.Admits(desk.Apply(new DropInDeskClosed(desk.Id, null))).ShouldBeFalse();
    }

    [Fact]
    public void Filters_that_are_none_are_refused_naming_each()
    {
        new DirectoryFilter("3", "Arabic!", "Not a code", "10-80").Check()!.Errors!.Keys.ShouldBe(["day", "speaks", "service", "area"], ignoreOrder: true);
    }
}
