using LivingLibrary.Domain.Competences;

namespace LivingLibrary.Domain.Tests.Competences;

public sealed class SkillCatalogueTests
{
    private static readonly EverydayTask SubsidyForm = new(
        "apply-for-heating-allowance",
        new Label("Demander l'allocation de chauffage au CPAS", "", ""),
        ["2.3", "4.2"]);

    private static readonly SkillCatalogue Agora = new([SubsidyForm]);

    [Fact]
    public void Competences_and_built_in_tasks_are_known()
    {
        SkillCatalogue.BuiltIn.IsKnown(Skill.Competence("4.2")).ShouldBeTrue();
        SkillCatalogue.BuiltIn.IsKnown(Skill.Task("pay-bill-online")).ShouldBeTrue();
        SkillCatalogue.BuiltIn.IsKnown(Skill.Competence("pay-bill-online")).ShouldBeFalse();
        SkillCatalogue.BuiltIn.IsKnown(Skill.Task("4.2")).ShouldBeFalse();
        SkillCatalogue.BuiltIn.IsKnown(Skill.Task("apply-for-heating-allowance")).ShouldBeFalse();
    }

    [Fact]
    public void An_organisation_adds_its_own_tasks_to_the_built_in_ones()
    {
        Agora.IsKnown(Skill.Task("apply-for-heating-allowance")).ShouldBeTrue();
        Agora.IsKnown(Skill.Task("pay-bill-online")).ShouldBeTrue();
        Agora.OrganisationTasks.ShouldBe([SubsidyForm]);
        Agora.Tasks.Count.ShouldBe(EverydayTasks.All.Count + 1);
        Agora.Tasks[^1].ShouldBe(SubsidyForm);
        Agora.FindTask("apply-for-heating-allowance").ShouldBe(SubsidyForm);
    }

    [Fact]
    public void A_competence_stands_for_itself_and_a_task_for_its_competences()
    {
        Agora.CompetencesOf(Skill.Competence("4.2")).Select(c => c.Code).ShouldBe(["4.2"]);
        Agora.CompetencesOf(Skill.Task("recognise-phishing")).Select(c => c.Code).ShouldBe(["1.2", "4.2"]);
        Agora.CompetencesOf(Skill.Task("apply-for-heating-allowance")).Select(c => c.Code).ShouldBe(["2.3", "4.2"]);
        Agora.CompetencesOf(Skill.Task("fly-a-drone")).ShouldBeEmpty();
        Agora.CompetencesOf(Skill.Competence("9.9")).ShouldBeEmpty();
    }

    [Fact]
    public void A_skill_is_named_from_the_reference_data()
    {
        Agora.LabelOf(Skill.Competence("4.2"))!.In("en").ShouldBe("Protecting personal data and privacy");
        Agora.LabelOf(Skill.Task("join-video-call"))!.In("nl").ShouldBe("Deelnemen aan een videogesprek");
        // The organisation wrote its task in French only.
        Agora.LabelOf(Skill.Task("apply-for-heating-allowance"))!.In("nl").ShouldBe("Demander l'allocation de chauffage au CPAS");
        Agora.LabelOf(Skill.Task("fly-a-drone")).ShouldBeNull();
    }

    [Fact]
    public void Skills_are_values()
    {
        Skill.Task("pay-bill-online").ShouldBe(new Skill(SkillKind.Task, "pay-bill-online"));
        Skill.Competence("4.2").ShouldNotBe(Skill.Task("4.2"));
    }

    [Fact]
    public void An_organisation_may_not_redefine_a_built_in_task()
    {
        var copy = SubsidyForm with { Code = "pay-bill-online" };
        Should.Throw<ArgumentException>(() => new SkillCatalogue([copy])).Message.ShouldContain("already taken");
    }

    [Fact]
    public void An_organisation_may_not_give_two_tasks_the_same_code() =>
        Should.Throw<ArgumentException>(() => new SkillCatalogue([SubsidyForm, SubsidyForm]));

    public static TheoryData<EverydayTask> MalformedTasks() =>
    [
        SubsidyForm with { Code = "Heating Allowance" },
        SubsidyForm with { Name = new Label(" ", "", "") },
        SubsidyForm with { CompetenceCodes = [] },
        SubsidyForm with { CompetenceCodes = ["2.3", "6.1"] },
    ];

    [Theory]
    [MemberData(nameof(MalformedTasks))]
    public void An_organisation_task_must_be_well_formed(EverydayTask task) =>
        Should.Throw<ArgumentException>(() => new SkillCatalogue([task]));
}
