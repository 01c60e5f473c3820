using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Console;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain;
using LivingLibrary.Domain.Cases;

namespace LivingLibrary.Api.Tests.Activities;

/// <summary>A timeline shows beside each event the day it happened and the moment it was typed in (docs/adr/0031).</summary>
[Collection(ConsoleCollection.Name)]
public sealed class DatesPageTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_cases_timeline_typed_in_late_shows_each_day_it_happened_beside_the_day_it_was_recorded()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var amina = Facilitator(CaseScene.Facilitator);
        var caseId = await Host.PostCaseAsync(amina, scene.Group, CaseScene.ItsmeCase(scene.Samira) with { PostedOn = new DateOnly(2026, 10, 5) });
        await Host.SendAsync(amina, $"/api/cases/{caseId}/accompaniments", CaseScene.Accompaniment(30) with { On = new DateOnly(2026, 10, 12) });
        var given = (await Stream(caseId)).Select(e => e.Data).OfType<CaseAccompanied>().Single().Accompaniment.AccompanimentId;
        await Host.SendAsync(amina, $"/api/cases/{caseId}/accompaniments/{given}/correct",
            new CorrectAccompaniment(new DateOnly(2026, 10, 14), 45, Setting.OnSite, DeviceUsed.OwnPhone, ProcedureProgress.PartlyDone, null, null, CorrectionReason.WrongDay, null));
        await EventsRecordedAt(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero), caseId);
        var console = await ConsoleClient.SignInAsync(Host, CaseScene.Facilitator, OrgA, Security.FacilitatorRole, "en");

        var rows = (await console.GetAsync($"/console/cases/{caseId}")).Document.QuerySelectorAll("#timeline tbody tr");

        rows.Select(r => r.QuerySelector("th")!.TextContent.Trim()).ShouldBe(["5 October 2026", "12 October 2026", "14 October 2026"]);
        rows.Select(r => r.QuerySelector("td:last-child")!.TextContent.Trim()).ShouldAllBe(recorded => recorded == "20 November 2026, 11:00");
    }
}
