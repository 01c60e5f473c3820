using LivingLibrary.Domain.Competences;

namespace LivingLibrary.Domain.Tests.Competences;

public sealed class OrganisationTaskTests
{
    [Fact]
    public void An_organisations_task_needs_a_new_kebab_case_code_a_name_and_known_competences()
    {
        OrganisationTask.Check(new AddOrganisationTask("use-library-app", null, "De bibliotheekapp gebruiken", null, ["1.1"]), SkillCatalogue.BuiltIn).ShouldBeNull();

        OrganisationTask.Check(new AddOrganisationTask("Use Library", null, null, null, []), SkillCatalogue.BuiltIn)!.Errors!.Keys
            .ShouldBe(["code", "name", "competences"], ignoreOrder: true);
        OrganisationTask.Check(new AddOrganisationTask("pay-bill-online", "Payer", null, null, ["2.3"]), SkillCatalogue.BuiltIn)!.Errors!["code"]
            .ShouldHaveSingleItem().ShouldBe(Says.TaskExists("pay-bill-online"));
        OrganisationTask.Check(new AddOrganisationTask("use-library-app", "Biblio", null, null, ["6.1"]), SkillCatalogue.BuiltIn)!.Errors!.Keys
            .ShouldBe(["competences"]);
    }

    [Fact]
    public void An_added_task_joins_the_catalogue_with_its_name_and_competences()
    {
        var added = OrganisationTask.Add(Guid.NewGuid(), new AddOrganisationTask("use-library-app", "Utiliser l'appli", null, null, ["1.1", "1.1", "2.1"]));
        var catalogue = new SkillCatalogue([OrganisationTask.Create(added).ToEverydayTask()]);

        catalogue.IsKnown("use-library-app").ShouldBeTrue();
        catalogue.LabelOf(Skill.Task("use-library-app"))!.In("nl").ShouldBe("Utiliser l'appli");
        catalogue.CompetencesOf(Skill.Task("use-library-app")).Select(c => c.Code).ShouldBe(["1.1", "2.1"]);
    }
}
