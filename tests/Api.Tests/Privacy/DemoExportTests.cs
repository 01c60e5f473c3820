using LivingLibrary.Api.Demo;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;

namespace LivingLibrary.Api.Tests.Privacy;

[Collection(CasesCollection.Name)]
public sealed class DemoExportTests(ApiFixture fixture) : ApiTest(fixture)
{
    /// <summary>What the README's export walk-through shows: Jean's page, after Amina read his profile, and the next export that shows the first.</summary>
    [Fact]
    public async Task The_demo_coordinator_exports_Jeans_data_as_a_page_in_french_and_the_next_export_shows_who_read_it()
    {
        await DemoData.LoadAsync(Store);
        var amina = Token(DemoData.FacilitatorId, DemoData.Organisation, "facilitator");
        var coordinator = Token(DemoData.CoordinatorId, DemoData.Organisation, "coordinator");
        var jean = DemoData.ParticipantId(2);
        await Host.GetAsync<object>(amina, $"/api/participants/{jean}");

        var result = await Send(coordinator, s => s.Get.Url($"/api/participants/{jean}/export?format=page&language=fr"));
        var page = await result.ReadAsTextAsync();
        await File.WriteAllTextAsync(Artifacts.PathOf("export-jean-fr.html"), page);

        page.ShouldContain("<h1>Jean</h1>");
        page.ShouldContain("LGE-HOT-001", customMessage: "the hotspot he brought back");
        page.ShouldContain("Payer une facture avec le code QR, avec Samira.", customMessage: "what he said he learned, by name");
        page.ShouldContain("Je peux payer une facture en ligne", customMessage: "the question he answered, in its words");
        var reads = (await Host.GetAsync<LivingLibrary.Api.Export.PersonalExport>(coordinator, $"/api/participants/{jean}/export")).ReadBy;
        // The test clock stands still, so both reads have one instant and either may be listed first.
        reads.Select(r => (r.UserId, r.Read)).ShouldBe([(DemoData.FacilitatorId, Journal.PersonalRead.Profile), (DemoData.CoordinatorId, Journal.PersonalRead.Export)],
            ignoreOrder: true);

        var visitor = await Host.GetAsync<LivingLibrary.Api.Export.PersonalExport>(coordinator, $"/api/visitors/{DemoCases.VisitorId(3)}/export");
        visitor.Cases.Single().Case.DeskId.ShouldBe(DemoCases.DeskId);
        visitor.Loans.Single().DeviceId.ShouldBe(DemoLoans.DeviceId(3));
    }
}
