using System.Net;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Pairings;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Api.Tests.Console;

/// <summary>A suggested pair read as a facilitator judges it: in plain words of the page's language, the helper's real load, details folded.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class PairingSuggestionWordsTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_suggested_pair_says_why_in_the_pages_words_with_the_helpers_pairings_under_way_and_folds_the_details()
    {
        var token = Facilitator(PairingScene.Facilitator);
        var scene = await PairingScene.SetUp(Host, Coordinator(), token);
        // Each helper already helps someone: one pairing under way of the two they take.
        foreach (var (name, helper) in new[] { ("Marc", scene.Samira), ("Anna", scene.Lucie) })
        {
            var learner = await Host.EnrolAsync(token, scene.Group, ParticipantScenarios.NewParticipant(name, "fr"));
            await Host.StartAsync(token, await Host.DeclareNeedAsync(token, learner, "pay-bill-online", NeedPriority.Normal), helper);
        }
        var amina = await ConsoleClient.SignInAsync(Host, PairingScene.Facilitator, OrgA, Security.FacilitatorRole, "fr");
        var suggested = await amina.SubmitAsync($"/console/groups/{scene.Group}/pairings", "Suggest");
        suggested.Status.ShouldBe(HttpStatusCode.Redirect);
        var suggestionId = Guid.Parse(suggested.Location!.Split("suggestion=")[1].Split('#', '&')[0]);
        var pair = (await Stream(suggestionId)).ShouldHaveSingleItem().Data.ShouldBeOfType<PairingsSuggested>().Suggestion.Pairs.ShouldHaveSingleItem();
        var helperName = pair.HelperId == scene.Samira ? "Samira" : "Lucie";

        var shown = await amina.GetAsync(suggested.Location!.Split('#')[0]);
        shown.Status.ShouldBe(HttpStatusCode.OK);
        var card = shown.Document.QuerySelector($"#pair-{scene.JeanNeed}")!;
        card.QuerySelector(".load")!.TextContent.Trim().ShouldBe($"{helperName} a aujourd'hui 1 binôme(s) en cours, pour 2 au plus");
        var details = card.QuerySelector("details")!;
        details.HasAttribute("open").ShouldBeFalse("the reasons are folded: a phone shows a short card");
        var reasons = details.QuerySelectorAll(".reasons li").Select(li => li.TextContent.Trim()).ToList();
        reasons.ShouldContain("parlent tous deux français");
        reasons.ShouldContain(r => r.StartsWith($"{helperName} est au niveau ") && r.Contains("Jean au niveau 1"));
        reasons.ShouldNotContain(r => r.Contains("a déjà"), "the plan's count of pairings is not the helper's real load");
        details.TextContent.ShouldContain($"{pair.Score}");
        card.TextContent.Replace(details.TextContent, "").ShouldNotContain("Points", Case.Sensitive, "the score is a detail");
        shown.Text.ShouldNotContain("can help");
        shown.Text.ShouldNotContain("en anglais");
    }
}
