using System.Net;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Pairings;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Pairings.Suggestions;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Projections.Library;
using LivingLibrary.Domain.Competences;
using Marten;

namespace LivingLibrary.Api.Tests.Console;

/// <summary>The living library, suggestions, proposals and one pairing's life, through the console, with the pairing slices' rules.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class PairingPagesTests(ApiFixture fixture) : ApiTest(fixture)
{
    private string AminaToken => Facilitator(PairingScene.Facilitator);

    private Task<ConsoleClient> AsAmina(string organisation = OrgA) =>
        ConsoleClient.SignInAsync(Host, PairingScene.Facilitator, organisation, Security.FacilitatorRole);

    private static string TokenOf(ConsoleAnswer page) =>
        page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    [Fact]
    public async Task The_library_shows_who_can_help_with_what_and_the_skill_map_in_numbers()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), AminaToken);
        await ViewsCaughtUp();
        var amina = await AsAmina();

        var page = await amina.GetAsync($"/console/groups/{scene.Group}/library");
        page.Status.ShouldBe(HttpStatusCode.OK);
        var bill = page.Document.QuerySelector("#catalogue #skill-pay-bill-online")!;
        bill.QuerySelectorAll("td")[0].TextContent.ShouldContain("Lucie");
        bill.QuerySelectorAll("td")[0].TextContent.ShouldContain("Samira");
        bill.QuerySelectorAll("td")[1].TextContent.ShouldContain("Jean");
        var row = page.Document.QuerySelectorAll("#skill-map tbody tr").Single(r => r.QuerySelector("th")!.TextContent == bill.QuerySelector("th")!.TextContent);
        // Can help, want to learn, not assessed, foundation, intermediate, advanced, highly specialised: as text, not colour only.
        row.QuerySelectorAll("td").Select(td => td.TextContent).ShouldBe(["2", "1", "3", "1", "0", "0", "0"]);
        page.Document.QuerySelectorAll("#skill-map thead th[scope=col]").Length.ShouldBe(8);

        var elsewhere = await Host.CreateGroupAsync(Coordinator(OrgB), GroupScenarios.NewGroup("Ailleurs"));
        (await amina.GetAsync($"/console/groups/{elsewhere}/library")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await amina.GetAsync($"/console/groups/{elsewhere}/pairings")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_library_shows_the_views_the_api_serves_as_stored_not_views_of_its_own()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), AminaToken);
        await ViewsCaughtUp();
        // The stored views as the projection may hold them for a moment: Lucie's offer not yet in them.
        await using (var session = Store.LightweightSession(OrgA))
        {
            var stored = (await session.LoadAsync<GroupLibrary>(scene.Group))!;
            var members = await session.Query<LivingLibrary.Domain.Participants.Participant>().Where(p => p.GroupId == scene.Group && p.Id != scene.Lucie).ToListAsync();
            session.Store(stored with
            {
                Catalogue = ViewJson.Of(CatalogueView.Build(members, SkillCatalogue.BuiltIn)),
                SkillMap = ViewJson.Of(SkillMapView.Build(members, SkillCatalogue.BuiltIn)),
            });
            await session.SaveChangesAsync();
        }
        var amina = await AsAmina();

        var page = await amina.GetAsync($"/console/groups/{scene.Group}/library");
        var api = await Host.GetAsync<CatalogueView>(AminaToken, $"/api/groups/{scene.Group}/catalogue");
        var helpers = page.Document.QuerySelector("#catalogue #skill-pay-bill-online")!.QuerySelectorAll("td")[0].TextContent;
        helpers.ShouldContain("Samira");
        helpers.ShouldNotContain("Lucie");
        api.Skills.Single(e => e.Skill == "pay-bill-online").Helpers.Select(h => h.DisplayName).ShouldBe(["Samira"]);
        page.Document.QuerySelectorAll("#skill-map thead th[scope=col]").Length.ShouldBe(8);
    }

    [Fact]
    public async Task Suggesting_records_the_suggestion_shows_each_pair_and_unmatched_need_with_why_and_proposing_appends_the_proposal()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), AminaToken);
        var amina = await AsAmina();
        var page = $"/console/groups/{scene.Group}/pairings";
        var before = await EventCount();

        var bad = await amina.SubmitAsync(page, "Suggest", ("levelGap", "9"));
        bad.Status.ShouldBe(HttpStatusCode.BadRequest);
        bad.ErrorOf("levelGap").ShouldBe("Must be from 0 to 7.");
        (await EventCount()).ShouldBe(before);

        var form = await amina.GetAsync(page);
        form.Document.QuerySelector("form#suggest button")!.TextContent.ShouldBe("Suggest pairings");
        var suggested = await amina.SubmitAsync(page, "Suggest");
        suggested.Status.ShouldBe(HttpStatusCode.Redirect);
        var suggestionId = Guid.Parse(suggested.Location!.Split("suggestion=")[1][..36]);
        var record = (await Stream(suggestionId)).ShouldHaveSingleItem().Data.ShouldBeOfType<PairingsSuggested>();
        record.GroupIds.ShouldBe([scene.Group]);
        var pair = record.Suggestion.Pairs.ShouldHaveSingleItem();

        var shownAt = suggested.Location!.Split('#')[0];
        var shown = await amina.GetAsync(shownAt);
        shown.Status.ShouldBe(HttpStatusCode.OK);
        var card = shown.Document.QuerySelector($"#pair-{scene.JeanNeed}")!;
        card.QuerySelector("details .reasons")!.TextContent.ShouldContain("both speak French");
        card.QuerySelector($"form#propose-{scene.JeanNeed} button")!.TextContent.ShouldBe("Propose this pair");
        shown.Document.QuerySelector($"#unmatched-{scene.HuseyinNeed}")!.TextContent.ShouldContain("nobody offers that subject");

        var proposed = await amina.SubmitAsync(shownAt, "Propose", ("suggestionId", suggestionId.ToString()), ("needId", scene.JeanNeed.ToString()));
        proposed.Status.ShouldBe(HttpStatusCode.Redirect);
        var pairingId = Guid.Parse(proposed.Location!.Split("proposed=")[1].Split('#')[0]);
        var e = (await Stream(pairingId)).ShouldHaveSingleItem();
        var proposal = e.Data.ShouldBeOfType<PairingProposed>();
        (proposal.SuggestionId, proposal.NeedId, proposal.LearnerId, proposal.HelperId).ShouldBe(((Guid?)suggestionId, scene.JeanNeed, scene.Jean, pair.HelperId));
        e.UserName.ShouldBe(PairingScene.Facilitator);

        // The same need again: the button has gone; a form sent anyway is the API's 409, shown by the pair, and appends nothing.
        var after = await amina.GetAsync(proposed.Location!.Split('#')[0]);
        after.Document.QuerySelector($"form#propose-{scene.JeanNeed}").ShouldBeNull();
        after.Document.QuerySelector($"#pairings #pairing-{pairingId}")!.TextContent.ShouldContain("proposed");
        before = await EventCount();
        var again = await amina.PostAsync($"{page}?suggestion={suggestionId}&handler=Propose", ("suggestionId", suggestionId.ToString()),
            ("needId", scene.JeanNeed.ToString()), ("__RequestVerificationToken", TokenOf(after)));
        again.Status.ShouldBe(HttpStatusCode.Conflict);
        again.Document.QuerySelector($"#pair-{scene.JeanNeed} .problem")!.TextContent.ShouldBe("This need already has a pairing under way.");
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task The_board_of_needs_without_a_pair_is_the_stored_view_the_api_serves()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), AminaToken);
        await ViewsCaughtUp();
        var amina = await AsAmina();
        var page = $"/console/groups/{scene.Group}/pairings";
        (await amina.GetAsync(page)).Document.QuerySelector($"#unmatched-{scene.HuseyinNeed}").ShouldNotBeNull();

        // The stored view as it stood before the projection saw the needs (it follows the events by a second at most).
        (await Sql<long>($"with stale as (update {Store.Options.Schema.For<GroupLibrary>()} set data = jsonb_set(data, '{{unmatchedNeeds}}', '[]') " +
            "where id = @group returning 1) select count(*) from stale", ("group", scene.Group))).ShouldBe(1);
        (await Send(AminaToken, s => s.Get.Url($"/api/groups/{scene.Group}/unmatched-needs"))).ReadAsText().ShouldBe("[]");
        var shown = await amina.GetAsync(page);
        shown.Document.QuerySelectorAll("#unmatched li").ShouldBeEmpty();
        shown.Document.QuerySelector("#unmatched p")!.TextContent.ShouldBe("Every need has a pair.");
    }

    [Fact]
    public async Task Another_organisations_suggestion_or_pairing_is_404()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), AminaToken);
        var pairing = await Host.ProposeAsync(AminaToken, new ProposePairing(null, scene.JeanNeed, scene.Lucie));
        var suggestion = await Host.SuggestAsync(AminaToken, scene.Group);
        var stranger = await ConsoleClient.SignInAsync(Host, PairingScene.Facilitator, OrgB, Security.FacilitatorRole);
        (await stranger.GetAsync($"/console/pairings/{pairing}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/console/groups/{scene.Group}/pairings?suggestion={suggestion.SuggestionId}")).Status.ShouldBe(HttpStatusCode.NotFound);
        var before = await EventCount();
        var token = TokenOf(await stranger.GetAsync("/console"));
        (await stranger.PostAsync($"/console/pairings/{pairing}?handler=Accept", ("party", "learner"), ("__RequestVerificationToken", token)))
            .Status.ShouldBe(HttpStatusCode.NotFound);
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_pairing_is_accepted_by_both_helped_and_ended_each_step_an_event_and_refused_forms_append_nothing()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), AminaToken);
        var id = await Host.ProposeAsync(AminaToken, new ProposePairing(null, scene.JeanNeed, scene.Lucie));
        var amina = await AsAmina();
        var page = $"/console/pairings/{id}";

        var shown = await amina.GetAsync(page);
        shown.Document.QuerySelector("h1")!.TextContent.ShouldBe("Lucie helps Jean: Pay a bill online");
        shown.Document.QuerySelector("form#accept-learner button")!.TextContent.ShouldBe("The learner accepts");
        shown.Document.QuerySelector("form#accept-helper button")!.TextContent.ShouldBe("The helper accepts");
        shown.Document.QuerySelector("form#log-session").ShouldBeNull("not before it starts");

        (await amina.SubmitAsync(page, "Accept", ("party", "learner"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await Stream(id)).Last().Data.ShouldBe(new PairingAccepted(id, Party.Learner));
        (await amina.GetAsync(page)).Document.QuerySelector("form#accept-learner").ShouldBeNull();
        (await amina.SubmitAsync(page, "Accept", ("party", "helper"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await Stream(id)).TakeLast(2).Select(e => e.Data).ShouldBe([new PairingAccepted(id, Party.Helper), new PairingStarted(id, scene.Lucie, ApiFixture.Today)]);
        (await Stream(scene.Lucie)).Last().Data.ShouldBe(new HelperEngaged(scene.Lucie, id));

        var active = await amina.GetAsync(page);
        active.Document.QuerySelector("#pairing-state")!.TextContent.ShouldBe("active");
        active.Document.QuerySelector("form#log-session button")!.TextContent.ShouldBe("Log the session");
        active.Document.QuerySelector("form#end").ShouldBeNull("ending asks on a page of its own, not right under the session's form");
        active.Document.QuerySelector("#end a")!.TextContent.ShouldBe("End the pairing…");
        active.Document.QuerySelector("#end a")!.GetAttribute("href").ShouldBe($"/console/confirm/end-pairing/{id}");

        var before = await EventCount();
        var badSession = await amina.SubmitAsync(page, "Session", ("heldOn", ApiFixture.Today.ToString("yyyy-MM-dd")), ("durationMinutes", "0"),
            ("workedOn", "Paid the water bill"), ("learnerFelt", "fine"));
        badSession.Status.ShouldBe(HttpStatusCode.BadRequest);
        badSession.ErrorOf("durationMinutes")!.ShouldStartWith("must be between 1 and");
        badSession.Document.QuerySelector("#f-workedOn")!.GetAttribute("value").ShouldBe("Paid the water bill");
        (await EventCount()).ShouldBe(before);

        (await amina.SubmitAsync(page, "Session", ("heldOn", ApiFixture.Today.ToString("yyyy-MM-dd")), ("durationMinutes", "45"),
            ("workedOn", "Paid the water bill"), ("learnerFelt", "fine"))).Status.ShouldBe(HttpStatusCode.Redirect);
        var logged = (await Stream(id)).Last().Data.ShouldBeOfType<HelpSessionLogged>();
        logged.ShouldBe(new HelpSessionLogged(id, ApiFixture.Today, 45, "Paid the water bill", LearnerFeeling.Fine, logged.SessionId));
        logged.SessionId.ShouldNotBeNull("a session has an id of its own, which its correction names");
        (await amina.GetAsync(page)).Document.QuerySelector("#sessions tbody")!.TextContent.ShouldContain("Paid the water bill");

        before = await EventCount();
        // Ending asks on a page of its own, reached from the pairing's page: no form of it sits under the session's.
        var confirm = $"/console/confirm/end-pairing/{id}";
        var badEnd = await amina.SubmitAsync(confirm, ("reason", "Done"));
        badEnd.Status.ShouldBe(HttpStatusCode.BadRequest);
        badEnd.ErrorOf("outcome").ShouldBe("Required.");
        (await EventCount()).ShouldBe(before);

        (await amina.SubmitAsync(confirm, ("outcome", "wentWell"), ("reason", "Jean pays on his own now"), ("learnerFeedback", "Merci !"),
            ("helperFeedback", "Un plaisir"))).Location.ShouldBe($"/console/pairings/{id}?saved=true#message");
        (await Stream(id)).Last().Data.ShouldBe(new PairingEnded(id, scene.Lucie, ApiFixture.Today, PairingOutcome.WentWell, "Jean pays on his own now",
            "Merci !", "Un plaisir"));
        (await Stream(scene.Lucie)).Last().Data.ShouldBe(new HelperReleased(scene.Lucie, id));
    }

    [Fact]
    public async Task A_helper_without_room_cannot_start_a_pairing_a_decline_and_a_withdrawal_are_recorded_and_a_declined_pairing_accepts_nothing()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), AminaToken);
        var full = await Host.ProposeAsync(AminaToken, new ProposePairing(null, scene.JeanNeed, scene.Lucie));
        await Send(AminaToken, s => s.Post.Json(new SetHelpCapacity(0)).ToUrl($"/api/participants/{scene.Lucie}/capacity"));
        var amina = await AsAmina();
        var page = $"/console/pairings/{full}";
        await amina.SubmitAsync(page, "Accept", ("party", "learner"));

        var before = await EventCount();
        var refused = await amina.SubmitAsync(page, "Accept", ("party", "helper"));
        refused.Status.ShouldBe(HttpStatusCode.Conflict);
        refused.Document.QuerySelector(".problem[role=alert]")!.TextContent.ShouldNotBeEmpty();
        (await EventCount()).ShouldBe(before);

        var noParty = await amina.SubmitAsync(page, "Decline", ("reason", "Prefers Thursdays"));
        noParty.Status.ShouldBe(HttpStatusCode.BadRequest);
        noParty.ErrorOf("party").ShouldNotBeNull();
        (await amina.SubmitAsync(page, "Decline", ("party", "learner"), ("reason", "Prefers Thursdays"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await Stream(full)).Last().Data.ShouldBe(new PairingDeclined(full, Party.Learner, "Prefers Thursdays"));

        before = await EventCount();
        var declined = await amina.GetAsync(page);
        declined.Document.QuerySelector("form#accept-helper").ShouldBeNull();
        (await amina.PostAsync($"{page}?handler=Accept", ("party", "helper"), ("__RequestVerificationToken", TokenOf(declined))))
            .Status.ShouldBe(HttpStatusCode.Conflict);
        (await EventCount()).ShouldBe(before);

        var other = await Host.ProposeAsync(AminaToken, new ProposePairing(null, scene.JeanNeed, scene.Samira));
        (await amina.SubmitAsync($"/console/pairings/{other}", "Withdraw", ("withdraw.reason", "Jean found help elsewhere"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await Stream(other)).Last().Data.ShouldBe(new PairingWithdrawn(other, "Jean found help elsewhere"));
    }
}
