using System.Net;
using LivingLibrary.Api.Journal;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Domain.Privacy;
using Marten;

namespace LivingLibrary.Api.Tests.Console;

/// <summary>A participant's page: the profile, journalled as the API's read is; offers and needs with the Diagnostic slices' rules.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ParticipantPagesTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Amina = SamirasGroup.Amina;

    private Task<ConsoleClient> AsAmina(string organisation = OrgA) => SamirasGroup.AsAminaAsync(Host, organisation);

    private Task<(Guid Group, Guid Samira)> SamiraInAminasGroup() => SamirasGroup.SetUpAsync(Host, Coordinator());

    private async Task<IReadOnlyList<AccessJournalEntry>> Journal(Guid person)
    {
        await using var session = Store.QuerySession(OrgA);
        return await session.JournalOfAsync(person);
    }

    [Fact]
    public async Task The_profile_shows_levels_offers_and_needs_and_its_read_is_journalled_as_the_apis()
    {
        var (_, samira) = await SamiraInAminasGroup();
        await Host.AssessAsync(Coordinator(), samira, new DateOnly(2026, 9, 1), ("pay-bill-online", 5));
        await Host.OfferAsync(Coordinator(), samira, "pay-bill-online", 5);
        await Host.DeclareNeedAsync(Coordinator(), samira, "log-in-with-itsme", NeedPriority.High);
        var amina = await AsAmina();

        var page = await amina.GetAsync($"/console/participants/{samira}");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector("h1")!.TextContent.ShouldBe("Samira");
        page.Document.QuerySelector("#levels tbody tr")!.TextContent.ShouldContain("5");
        page.Document.QuerySelector("#offers tbody th")!.TextContent.ShouldNotBeEmpty();
        page.Document.QuerySelector("#needs tbody td")!.TextContent.ShouldBe("high");
        page.Document.QuerySelector("form#offer button")!.TextContent.ShouldBe("Offer help");
        page.Document.QuerySelector("form#need button")!.TextContent.ShouldBe("Declare a learning need");

        var entries = await Journal(samira);
        entries.Select(e => e.Read).ShouldBe([PersonalRead.Profile, PersonalRead.Pairings, PersonalRead.Case, PersonalRead.Loans], ignoreOrder: true,
            customMessage: "the page shows their pairings, cases and loans too");
        var entry = entries.Single(e => e.Read == PersonalRead.Profile);
        (entry.UserId, entry.Read, entry.PersonKind, entry.PersonId, entry.CaseId).ShouldBe((Amina, PersonalRead.Profile, PersonKind.Participant, samira, (Guid?)null));
        entry.At.ShouldBe(ApiFixture.Clock.GetUtcNow());
    }

    [Fact]
    public async Task Another_organisations_participant_and_one_of_a_group_she_does_not_run_are_404_and_not_journalled()
    {
        var (_, samira) = await SamiraInAminasGroup();
        var other = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Jeudi soir"));
        var jean = await Host.EnrolAsync(Coordinator(), other, ParticipantScenarios.NewParticipant("Jean", "fr"));
        var elsewhere = await Host.CreateGroupAsync(Coordinator(OrgB), GroupScenarios.NewGroup("Ailleurs"));
        var karim = await Host.EnrolAsync(Coordinator(OrgB), elsewhere, ParticipantScenarios.NewParticipant("Karim", "fr"));
        var amina = await AsAmina();

        (await amina.GetAsync($"/console/participants/{jean}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await amina.GetAsync($"/console/participants/{karim}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await amina.GetAsync($"/console/participants/{Guid.NewGuid()}")).Status.ShouldBe(HttpStatusCode.NotFound);
        var token = (await amina.GetAsync($"/console/participants/{samira}")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var before = await EventCount();
        (await amina.PostAsync($"/console/participants/{karim}?handler=Offer", ("offer.skill", "pay-bill-online"), ("offer.level", "5"),
            ("__RequestVerificationToken", token))).Status.ShouldBe(HttpStatusCode.NotFound);
        (await EventCount()).ShouldBe(before);
        (await Journal(jean)).ShouldBeEmpty();
        await using var b = Store.QuerySession(OrgB);
        (await b.JournalOfAsync(karim)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Offering_help_appends_the_offer_and_a_bad_level_is_shown_next_to_its_field_and_appends_nothing()
    {
        var (_, samira) = await SamiraInAminasGroup();
        var amina = await AsAmina();
        var page = $"/console/participants/{samira}";
        var before = await EventCount();

        var refused = await amina.SubmitAsync(page, "Offer", ("offer.skill", "pay-bill-online"), ("offer.level", "12"));
        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.ErrorOf("offer.level").ShouldBe("Must be a DigComp level from 1 to 8.");
        refused.Document.QuerySelector("#f-offer-skill option[selected]")!.GetAttribute("value").ShouldBe("pay-bill-online", "what was chosen stays");
        (await EventCount()).ShouldBe(before);

        var noSkill = await amina.SubmitAsync(page, "Offer", ("offer.level", "5"));
        noSkill.ErrorOf("offer.skill").ShouldBe("Required.");

        var offered = await amina.SubmitAsync(page, "Offer", ("offer.skill", "pay-bill-online"), ("offer.level", "5"));
        offered.Status.ShouldBe(HttpStatusCode.Redirect);
        var last = (await Stream(samira)).Last();
        last.Data.ShouldBe(new HelpOffered(samira, "pay-bill-online", 5));
        last.UserName.ShouldBe(Amina);

        var reviewed = await amina.SubmitAsync(page, "Review", ("skill", "pay-bill-online"), ("review.pay-bill-online.level", "4"));
        reviewed.Status.ShouldBe(HttpStatusCode.Redirect);
        (await Stream(samira)).Last().Data.ShouldBe(new HelpOfferReviewed(samira, "pay-bill-online", 4));

        var confirm = $"/console/confirm/withdraw-offer/{samira}?skill=pay-bill-online";
        (await amina.GetAsync(page)).Document.QuerySelector("a#withdraw-offer-pay-bill-online")!.GetAttribute("href").ShouldBe(confirm);
        var withdrawn = await amina.SubmitAsync(confirm);
        withdrawn.Status.ShouldBe(HttpStatusCode.Redirect);
        (await Stream(samira)).Last().Data.ShouldBe(new HelpOfferWithdrawn(samira, "pay-bill-online"));
        before = await EventCount();
        (await amina.GetAsync(confirm)).Status.ShouldBe(HttpStatusCode.NotFound, "no such offer any more");
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Declaring_a_need_appends_it_a_second_for_the_same_task_is_409_and_withdrawing_appends_the_withdrawal()
    {
        var (_, samira) = await SamiraInAminasGroup();
        var amina = await AsAmina();
        var page = $"/console/participants/{samira}";
        var before = await EventCount();

        var refused = await amina.SubmitAsync(page, "Need", ("need.skill", "log-in-with-itsme"), ("need.priority", "urgent"));
        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.ErrorOf("need.priority").ShouldBe("Choose a value from the list.", "'urgent' is no priority");
        (await EventCount()).ShouldBe(before);

        var declared = await amina.SubmitAsync(page, "Need", ("need.skill", "log-in-with-itsme"), ("need.priority", "high"), ("need.deadline", "2026-12-15"));
        declared.Status.ShouldBe(HttpStatusCode.Redirect);
        var need = (await Stream(samira)).Last().Data.ShouldBeOfType<LearningNeedDeclared>();
        (need.Skill, need.Priority, need.Deadline).ShouldBe(("log-in-with-itsme", NeedPriority.High, (DateOnly?)new DateOnly(2026, 12, 15)));

        before = await EventCount();
        var again = await amina.SubmitAsync(page, "Need", ("need.skill", "log-in-with-itsme"), ("need.priority", "low"));
        again.Status.ShouldBe(HttpStatusCode.Conflict);
        again.Document.QuerySelector("form#need .problem[role=alert]")!.TextContent.ShouldContain("already wants to learn");
        (await EventCount()).ShouldBe(before);

        var shown = await amina.GetAsync(page);
        var confirm = shown.Document.QuerySelector($"a#withdraw-need-{need.NeedId}")!;
        confirm.TextContent.ShouldBe("Withdraw");
        (await amina.SubmitAsync(confirm.GetAttribute("href")!)).Status.ShouldBe(HttpStatusCode.Redirect);
        (await Stream(samira)).Last().Data.ShouldBe(new LearningNeedWithdrawn(samira, need.NeedId));
    }

    [Fact]
    public async Task A_need_or_an_offer_sent_twice_is_recorded_once_and_the_page_says_so()
    {
        var (_, samira) = await SamiraInAminasGroup();
        var amina = await AsAmina();
        var page = $"/console/participants/{samira}";
        var need = await amina.FilledAsync(page, "form#need", ("need.skill", "log-in-with-itsme"), ("need.priority", "high"));
        var offer = await amina.FilledAsync(page, "form#offer", ("offer.skill", "pay-bill-online"), ("offer.level", "5"));
        var before = await EventCount();

        (await need()).Location.ShouldBe($"{page}?saved=true#message");
        (await need()).Location.ShouldBe($"{page}?saved=true&already=true#message", "not the 409 of a second need for the same task");
        (await offer()).Status.ShouldBe(HttpStatusCode.Redirect);
        (await offer()).Location.ShouldBe($"{page}?saved=true&already=true#message");
        (await Stream(samira)).Skip(1).Select(e => e.Data.GetType()).ShouldBe([typeof(LearningNeedDeclared), typeof(HelpOffered)]);
        (await EventCount()).ShouldBe(before + 2);
    }
}
