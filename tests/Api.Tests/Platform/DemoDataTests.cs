using Alba;
using LivingLibrary.Api.Demo;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Projections.Library;

namespace LivingLibrary.Api.Tests.Platform;

public sealed class DemoDataTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_demo_organisation_loads_once_with_a_realistic_group()
    {
        (await DemoData.LoadAsync(Store)).ShouldBeTrue();
        var events = await EventCount();
        (await DemoData.LoadAsync(Store)).ShouldBeFalse();
        (await EventCount()).ShouldBe(events);

        var token = Token(DemoData.FacilitatorId, DemoData.Organisation, "facilitator");
        var map = (await (await Send(token, s => s.Get.Url($"/api/groups/{DemoData.GroupId}/skill-map"))).ReadAsJsonAsync<SkillMapView>())!;
        var catalogue = (await (await Send(token, s => s.Get.Url($"/api/groups/{DemoData.GroupId}/catalogue"))).ReadAsJsonAsync<CatalogueView>())!;

        map.Participants.Count.ShouldBe(12);
        catalogue.Skills.Count(s => s.Helpers.Count > 0 && s.Learners.Count > 0).ShouldBeGreaterThanOrEqualTo(5);
    }
}
