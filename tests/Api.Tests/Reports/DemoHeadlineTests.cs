using System.Text.RegularExpressions;
using Alba;
using LivingLibrary.Api.Demo;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Api.Pairings;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Reports;

namespace LivingLibrary.Api.Tests.Reports;

/// <summary>What the demo's funder report says of the group's own activity, once the README's walk-through paired two people who met once.</summary>
[Collection(CasesCollection.Name)]
public sealed partial class DemoHeadlineTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_demo_groups_report_shows_its_headline_figures_one_pairing_and_one_session_too()
    {
        await DemoData.LoadAsync(Store);
        var amina = Token(DemoData.FacilitatorId, DemoData.Organisation, "facilitator");
        var suggestion = (await (await Send(amina, s => s.Post.Json(new SuggestPairings([DemoData.GroupId], null, null, null)).ToUrl("/api/pairings/suggestions")))
            .ReadAsJsonAsync<SuggestionView>())!;
        var pair = suggestion.Pairs[0];
        var pairing = await Host.CreateAsync(amina, "/api/pairings", new ProposePairing(suggestion.SuggestionId, pair.NeedId, null));
        foreach (var party in new[] { Party.Learner, Party.Helper })
            await Host.SendAsync(amina, $"/api/pairings/{pairing}/accept", new AcceptPairing(party));
        await Host.SendAsync(amina, $"/api/pairings/{pairing}/sessions", new LogHelpSession(ApiFixture.Today, 60, "Payer la facture", LearnerFeeling.Confident));
        await EventsRecordedEarlier(TimeSpan.FromMinutes(10));
        const string Query = "from=2026-09-01&to=2027-06-30";

        var report = await Host.GetAsync<FunderReport>(amina, $"/api/reports/funder?groupId={DemoData.GroupId}&{Query}");

        // What the group did, with twelve people in it: shown whatever the size (docs/adr/0018).
        report.Participants.TookPart.Value.ShouldBe(12);
        (report.Activity.HelpSessions.Value, report.Activity.HelpHours.Value, report.Pairings.Started.Value).ShouldBe((1, 1, 1));
        (report.Cases.Posted.Value, report.Cases.Resolved.Suppressed, report.Cases.Referred.Suppressed).ShouldBe((5, false, false));
        var page = await (await Send(amina, s => s.Get.Url($"/api/reports/funder?groupId={DemoData.GroupId}&{Query}&format=printable&language=fr"))).ReadAsTextAsync();
        var headline = Headline().Match(page).Value;
        headline.ShouldContain("en binôme");
        headline.ShouldNotContain("masqué");
    }

    [GeneratedRegex("<section class=\"headline\".*?</section>", RegexOptions.Singleline)]
    private static partial Regex Headline();
}
