using Alba;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Cases;

namespace LivingLibrary.Api.Tests.Cases;

[Collection(CasesCollection.Name)]
public sealed class ServiceListTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_coordinator_adds_a_service_of_the_organisations_own_that_cases_may_then_name()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var serviceId = await Host.CreateAsync(Coordinator(), "/api/services", new AddOrganisationService("liege-housing-agency", "Logement de Liège", null, null));
        (await Stream(serviceId)).Single().Data.ShouldBeOfType<OrganisationServiceAdded>().Code.ShouldBe("liege-housing-agency");

        (await Host.GetAsync<IReadOnlyList<Service>>(Facilitator(CaseScene.Facilitator), "/api/services")).ShouldContain(s => s.Code == "liege-housing-agency");
        await Host.PostCaseAsync(Facilitator(CaseScene.Facilitator), scene.Group, CaseScene.ItsmeCase(scene.Samira) with { Service = "liege-housing-agency" });

        // Another organisation does not have it.
        (await Host.GetAsync<IReadOnlyList<Service>>(Coordinator(OrgB), "/api/services")).ShouldNotContain(s => s.Code == "liege-housing-agency");
    }

    [Fact]
    public async Task A_taken_code_is_400_and_a_facilitator_403_with_nothing_appended()
    {
        var before = await EventCount();
        await Send(Coordinator(), s =>
        {
            s.Post.Json(new AddOrganisationService("itsme", "itsme bis", null, null)).ToUrl("/api/services");
            s.StatusCodeShouldBe(400);
        });
        await Send(Facilitator("facilitator-1"), s =>
        {
            s.Post.Json(new AddOrganisationService("my-service", "Mon service", null, null)).ToUrl("/api/services");
            s.StatusCodeShouldBe(403);
        });
        (await EventCount()).ShouldBe(before);
    }
}
