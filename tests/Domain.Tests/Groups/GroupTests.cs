using LivingLibrary.Domain;
using LivingLibrary.Domain.Groups;

namespace LivingLibrary.Domain.Tests.Groups;

public sealed class GroupTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly Guid Id = Guid.Parse("0194f2a0-0000-7000-8000-000000000001");
    private static readonly Caller Coordinator = new("coordinator-1", "org-a", Role.Coordinator);
    private static readonly Caller Amina = new("amina", "org-a", Role.Facilitator);
    private static readonly Caller Jan = new("jan", "org-a", Role.Facilitator);

    private static Group NewGroup() =>
        Group.Create(new GroupCreated(Id, "Mardi matin", "Agora", new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), ["fr", "ar"]));

    private static Group WithAmina() => NewGroup().Apply(new FacilitatorAssigned(Id, "amina", "Amina"));

    [Fact]
    public void The_fold_follows_the_events()
    {
        var group = WithAmina()
            .Apply(new GroupRenamed(Id, "Mardi après-midi"))
            .Apply(new GroupRescheduled(Id, new DateOnly(2026, 10, 1), new DateOnly(2027, 3, 31)))
            .Apply(new FacilitatorAssigned(Id, "jan", "Jan"))
            .Apply(new FacilitatorAssigned(Id, "amina", "Amina B."))
            .Apply(new FacilitatorRemoved(Id, "jan"))
            .Apply(new GroupClosed(Id, null));

        group.Name.ShouldBe("Mardi après-midi");
        group.StartsOn.ShouldBe(new DateOnly(2026, 10, 1));
        group.EndsOn.ShouldBe(new DateOnly(2027, 3, 31));
        group.Facilitators.ShouldBe([new Facilitator("amina", "Amina B.")]);
        group.IsClosed.ShouldBeTrue();
    }

    [Fact]
    public void A_coordinator_sees_and_manages_every_group()
    {
        NewGroup().MaySee(Coordinator).ShouldBeNull();
        NewGroup().MayManage(Coordinator).ShouldBeNull();
        Coordinator.MayCreateGroups().ShouldBeNull();
    }

    [Fact]
    public void A_facilitator_runs_their_group_but_may_not_manage_it()
    {
        WithAmina().MaySee(Amina).ShouldBeNull();
        WithAmina().MayRun(Amina).ShouldBeNull();
        WithAmina().MayManage(Amina)!.Kind.ShouldBe(RefusalKind.Forbidden);
        Amina.MayCreateGroups()!.Kind.ShouldBe(RefusalKind.Forbidden);
    }

    [Fact]
    public void A_facilitator_may_not_learn_that_another_group_exists()
    {
        WithAmina().MaySee(Jan)!.Kind.ShouldBe(RefusalKind.NotFound);
        WithAmina().MayRun(Jan)!.Kind.ShouldBe(RefusalKind.NotFound);
        WithAmina().MayManage(Jan)!.Kind.ShouldBe(RefusalKind.NotFound);
    }

    [Fact]
    public void A_closed_group_is_not_open_to_changes()
    {
        NewGroup().IsOpen().ShouldBeNull();
        NewGroup().Apply(new GroupClosed(Id, null)).IsOpen()!.Kind.ShouldBe(RefusalKind.Conflict);
    }

    [Fact]
    public void A_new_group_needs_a_name_a_place_a_period_and_languages()
    {
        var refusal = new CreateGroup(null, "", null, null, []).Check(Today)!;

        refusal.Kind.ShouldBe(RefusalKind.Invalid);
        refusal.Errors!.Keys.ShouldBe(["name", "place", "startsOn", "endsOn", "languages"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("fr", true)]
    [InlineData("prs", true)]
    [InlineData("nl-BE", true)]
    [InlineData("FR", false)]
    [InlineData("français", false)]
    [InlineData("", false)]
    public void Languages_are_codes(string code, bool valid)
    {
        var refusal = new CreateGroup("Mardi", "Agora", new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 1), [code]).Check(Today);
        (refusal is null).ShouldBe(valid);
    }

    [Theory]
    [InlineData("Groupe des aînés")]
    [InlineData("مجموعة الثلاثاء")]
    [InlineData("Группа вторника")]
    [InlineData("<b>Mardi</b>")]
    public void Names_in_any_script_are_accepted_as_given(string name) =>
        new RenameGroup(name).Decide(NewGroup()).Refusal.ShouldBeNull();

    [Fact]
    public void Names_are_bounded_and_free_of_control_characters()
    {
        new RenameGroup(new string('a', GroupRules.NameMax)).Decide(NewGroup()).Refusal.ShouldBeNull();
        new RenameGroup(new string('a', GroupRules.NameMax + 1)).Decide(NewGroup()).Refusal!.Errors!["name"].ShouldHaveSingleItem();
        new RenameGroup("Mardi\0").Decide(NewGroup()).Refusal!.Errors!["name"].ShouldHaveSingleItem();
    }

    [Fact]
    public void A_period_may_not_end_before_it_starts()
    {
        new RescheduleGroup(new DateOnly(2026, 9, 1), new DateOnly(2026, 8, 31)).Decide(NewGroup(), Today).Refusal!.Errors!.Keys.ShouldBe(["endsOn"]);
        new RescheduleGroup(new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 1)).Decide(NewGroup(), Today).Refusal.ShouldBeNull();
    }

    [Fact]
    public void A_change_to_what_is_already_true_decides_nothing()
    {
        var group = WithAmina();

        new RenameGroup("Mardi matin").Decide(group).ShouldBe(Decision.Nothing);
        new RescheduleGroup(group.StartsOn, group.EndsOn).Decide(group, Today).ShouldBe(Decision.Nothing);
        new AssignFacilitator("amina", "Amina").Decide(group).ShouldBe(Decision.Nothing);
        new RemoveFacilitator("nobody").Decide(group).ShouldBe(Decision.Nothing);
    }

    [Fact]
    public void Each_real_change_decides_one_event()
    {
        var group = WithAmina();

        new RenameGroup("Jeudi").Decide(group).Events.ShouldBe([new GroupRenamed(Id, "Jeudi")]);
        new AssignFacilitator("amina", "Amina B.").Decide(group).Events.ShouldBe([new FacilitatorAssigned(Id, "amina", "Amina B.")]);
        new RemoveFacilitator("amina").Decide(group).Events.ShouldBe([new FacilitatorRemoved(Id, "amina")]);
        new CloseGroup("  ").Decide(group).Events.ShouldBe([new GroupClosed(Id, null)]);
        new CreateGroup("Mardi", "Agora", new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), ["fr", "fr", "ar"]).Decide(Id, Today)
            .Events.ShouldHaveSingleItem().ShouldBeOfType<GroupCreated>().Languages.ShouldBe(["fr", "ar"]);
    }

    [Fact]
    public void Every_decision_on_a_closed_group_refuses_by_itself_and_appends_nothing()
    {
        var closed = WithAmina().Apply(new GroupClosed(Id, null));
        Decision[] decisions =
        [
            new RenameGroup("Jeudi").Decide(closed),
            new RenameGroup("Mardi matin").Decide(closed),
            new RescheduleGroup(new DateOnly(2026, 10, 1), new DateOnly(2027, 1, 31)).Decide(closed, Today),
            new AssignFacilitator("jan", "Jan").Decide(closed),
            new RemoveFacilitator("amina").Decide(closed),
            new CloseGroup(null).Decide(closed),
        ];
        decisions.ShouldAllBe(d => d.Refusal!.Kind == RefusalKind.Conflict && d.Events.Count == 0);
    }

    [Fact]
    public void Bad_fields_are_refused_before_the_state_is_looked_at()
    {
        var closed = WithAmina().Apply(new GroupClosed(Id, null));
        new RenameGroup("").Decide(closed).Refusal!.Errors!.Keys.ShouldBe(["name"]);
    }
}
