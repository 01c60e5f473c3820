using System.Net;
using System.Security.Cryptography;
using System.Text;
using Alba;
using LivingLibrary.Api.Cards;
using LivingLibrary.Api.Demo;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Console;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Domain.Privacy;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace LivingLibrary.Api.Tests.Me;

/// <summary>
/// A participant's personal card (docs/adr/0026): printed by the staff of their group, its code signs them in once, its
/// hash only is kept; revoking or reprinting it signs their phones out.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class CardTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Amina = "facilitator-amina";

    private async Task<(Guid Group, Guid Jean)> JeansGroupAsync()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        await Host.AssignAsync(Coordinator(), group, Amina);
        return (group, await Host.EnrolAsync(Coordinator(), group, ParticipantScenarios.NewParticipant("Jean Dupont")));
    }

    private async Task<IReadOnlyList<CardCode>> CodesOf(Guid participantId)
    {
        await using var session = Store.QuerySession();
        return await session.Query<CardCode>().Where(c => c.ParticipantId == participantId).ToListAsync();
    }

    private async Task<List<object>> EventsOf(Guid participantId) => [.. (await Stream(participantId)).Select(e => e.Data)];

    [Fact]
    public async Task A_facilitator_of_the_group_prints_a_card_whose_code_is_in_the_answer_only_and_kept_as_a_keyed_hash()
    {
        var (_, jean) = await JeansGroupAsync();

        var code = await Host.PrintCardAsync(Facilitator(Amina), jean);

        code.ShouldMatch("^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$");
        var issued = (await Stream(jean)).Last();
        issued.Data.ShouldBeOfType<CardIssued>().ParticipantId.ShouldBe(jean);
        issued.UserName.ShouldBe(Amina);
        var kept = (await CodesOf(jean)).ShouldHaveSingleItem();
        kept.CardId.ShouldBe(((CardIssued)issued.Data).CardId);
        var letters = code.Replace("-", "");
        kept.Id.ShouldNotContain(letters);
        kept.Id.ShouldNotBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(letters))), "a hash anyone could compute from a guess");
        (await Sql<long>($"select count(*) from {Store.Options.Events.DatabaseSchemaName}.mt_events where data::text ilike @code", ("code", $"%{letters}%"))).ShouldBe(0);
    }

    [Fact]
    public async Task Reprinting_revokes_the_card_before_and_keeps_only_the_new_code()
    {
        var (_, jean) = await JeansGroupAsync();
        var first = await Host.PrintCardAsync(Coordinator(), jean);

        var second = await Host.PrintCardAsync(Facilitator(Amina), jean);

        var events = await EventsOf(jean);
        var firstCard = events.OfType<CardIssued>().First().CardId;
        events[^2].ShouldBe(new CardRevoked(jean, firstCard));
        events[^1].ShouldBeOfType<CardIssued>().CardId.ShouldNotBe(firstCard);
        (await CodesOf(jean)).ShouldHaveSingleItem().CardId.ShouldBe(((CardIssued)events[^1]).CardId);
        var (_, refused) = await Host.SignInWithCodeAsync(first);
        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        (await Host.SignInWithCodeAsync(second)).Answer.ShouldBeSignedIn();
    }

    [Theory]
    [InlineData("card")]
    [InlineData("card/revoke")]
    public async Task Another_organisation_a_facilitator_of_another_group_and_the_participant_get_404_and_nothing_is_appended(string path)
    {
        var (_, jean) = await JeansGroupAsync();
        var other = await Host.CreateGroupAsync(Coordinator());
        await Host.AssignAsync(Coordinator(), other, "facilitator-other");
        await Host.PrintCardAsync(Coordinator(), jean);
        var before = await EventCount();

        foreach (var token in new[] { Coordinator(OrgB), Facilitator("facilitator-other"), Participant(jean) })
            await Send(token, s =>
            {
                s.Post.Json(new { }).ToUrl($"/api/participants/{jean}/{path}");
                s.StatusCodeShouldBe(404);
            });

        (await EventCount()).ShouldBe(before);
        (await CodesOf(jean)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task No_card_is_printed_for_someone_who_left_and_nothing_is_appended()
    {
        var (_, jean) = await JeansGroupAsync();
        await Host.SendAsync(Coordinator(), $"/api/participants/{jean}/leave", new RecordDeparture(null));
        var before = await EventCount();

        await Send(Facilitator(Amina), s =>
        {
            s.Post.Json(new { }).ToUrl($"/api/participants/{jean}/card");
            s.StatusCodeShouldBe(409);
        });

        (await EventCount()).ShouldBe(before);
        (await CodesOf(jean)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_code_signs_the_participant_in_once_on_their_own_phone_with_a_lasting_cookie_recorded_as_them()
    {
        var (_, jean) = await JeansGroupAsync();
        var code = await Host.PrintCardAsync(Facilitator(Amina), jean);

        var (phone, answer) = await Host.SignInWithCodeAsync(code.ToLowerInvariant().Replace("-", " "));

        answer.ShouldBeSignedIn();
        answer.SetCookies.ShouldContain(c => c.StartsWith("livinglibrary-me=") && c.Contains("expires=", StringComparison.OrdinalIgnoreCase));
        (await phone.GetAsync("/console/me")).Document.QuerySelector("h1")!.TextContent.ShouldBe("Hello Jean!");
        var used = (await Stream(jean)).Last();
        used.Data.ShouldBeOfType<SignedInWithCard>();
        used.UserName.ShouldBe(Domain.Caller.ParticipantUser(jean));
    }

    [Fact]
    public async Task On_a_shared_computer_the_cookie_ends_with_the_browser()
    {
        var (_, jean) = await JeansGroupAsync();
        var code = await Host.PrintCardAsync(Facilitator(Amina), jean);

        var (_, answer) = await Host.SignInWithCodeAsync(code, device: "shared");

        answer.ShouldBeSignedIn();
        var cookie = answer.SetCookies.Where(c => c.StartsWith("livinglibrary-me=")).ShouldHaveSingleItem();
        cookie.ShouldNotContain("expires=", Case.Insensitive);
    }

    [Fact]
    public async Task A_code_used_once_is_refused_the_second_time_in_plain_words_and_nothing_is_appended()
    {
        var (_, jean) = await JeansGroupAsync();
        var code = await Host.PrintCardAsync(Facilitator(Amina), jean);
        (await Host.SignInWithCodeAsync(code)).Answer.ShouldBeSignedIn();
        var before = await EventCount();

        var (other, again) = await Host.SignInWithCodeAsync(code);

        again.Status.ShouldBe(HttpStatusCode.Conflict);
        again.ErrorOf("code").ShouldBe("This code was already used. Ask your facilitator for a new card.");
        (await EventCount()).ShouldBe(before);
        (await other.GetAsync("/console/me")).Status.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_qr_codes_address_fills_the_code_in_and_uses_nothing_up()
    {
        var (_, jean) = await JeansGroupAsync();
        var code = await Host.PrintCardAsync(Facilitator(Amina), jean);
        var before = await EventCount();

        var page = await ConsoleClient.Anonymous(Host).GetAsync($"/console/me/sign-in?code={code}");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector("form#card input[name=code]")!.GetAttribute("value").ShouldBe(code);
        page.Html.ShouldNotContain("<script");
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task After_too_many_wrong_codes_from_one_address_even_the_right_code_is_refused_there_and_not_used_up()
    {
        var (_, jean) = await JeansGroupAsync();
        var code = await Host.PrintCardAsync(Facilitator(Amina), jean);
        var phone = ConsoleClient.Anonymous(Host);
        var form = await phone.FormAsync("/console/me/sign-in", "Code");
        var limit = Host.Services.GetRequiredService<CardAttempts>().Permits;

        for (var i = 0; i < limit; i++)
            (await form.SendAsync(("code", CardCodes.New()), ("device", "own"))).Status.ShouldBe(HttpStatusCode.BadRequest);
        var before = await EventCount();
        var refused = await form.SendAsync(("code", code), ("device", "own"));

        refused.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.ErrorOf("code").ShouldBe("Too many tries. Wait 15 minutes, then try again.");
        (await EventCount()).ShouldBe(before);
        (await Host.SignInWithCodeAsync(code)).Answer.ShouldBeSignedIn();
    }

    [Fact]
    public async Task One_code_tried_from_too_many_addresses_is_refused()
    {
        var guess = CardCodes.New();
        var limit = Host.Services.GetRequiredService<CardAttempts>().Permits;

        for (var i = 0; i < limit; i++)
            (await Host.SignInWithCodeAsync(guess)).Answer.Status.ShouldBe(HttpStatusCode.BadRequest);

        (await Host.SignInWithCodeAsync(guess)).Answer.Status.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Signing_out_everywhere_signs_out_every_phone_and_computer_and_is_recorded_as_the_participant()
    {
        var (_, jean) = await JeansGroupAsync();
        var (phone, _) = await Host.SignInWithCodeAsync(await Host.PrintCardAsync(Facilitator(Amina), jean));
        var computer = await ConsoleClient.SignInParticipantAsync(Host, jean, OrgA);
        (await computer.GetAsync("/console/me")).Status.ShouldBe(HttpStatusCode.OK);

        var answer = await phone.SubmitAsync("/console/me/sign-out-everywhere");

        answer.Location.ShouldBe("/console/me/sign-in?signedout=everywhere#message");
        var signedOut = (await Stream(jean)).Last();
        signedOut.Data.ShouldBe(new SignedOutEverywhere(jean));
        signedOut.UserName.ShouldBe(Domain.Caller.ParticipantUser(jean));
        foreach (var device in new[] { phone, computer })
        {
            var home = await device.GetAsync("/console/me");
            home.Status.ShouldBe(HttpStatusCode.Redirect);
            home.Location!.ShouldContain("/console/me/sign-in");
        }
    }

    [Fact]
    public async Task Revoking_the_card_signs_its_phone_out_and_its_code_in_no_more()
    {
        var (_, jean) = await JeansGroupAsync();
        var code = await Host.PrintCardAsync(Facilitator(Amina), jean);
        var (phone, _) = await Host.SignInWithCodeAsync(code);

        await Host.SendAsync(Facilitator(Amina), $"/api/participants/{jean}/card/revoke", new RevokeCard());

        (await EventsOf(jean)).Last().ShouldBeOfType<CardRevoked>();
        (await CodesOf(jean)).ShouldBeEmpty();
        var home = await phone.GetAsync("/console/me");
        home.Status.ShouldBe(HttpStatusCode.Redirect);
        home.Location!.ShouldContain("/console/me/sign-in");
    }

    [Theory]
    [InlineData("leave", HttpStatusCode.Redirect)]
    [InlineData("consent/withdraw", HttpStatusCode.OK)]
    public async Task A_participant_who_left_is_signed_out_and_one_who_withdrew_consent_keeps_their_space(string path, HttpStatusCode home)
    {
        var (_, jean) = await JeansGroupAsync();
        var phone = await ConsoleClient.SignInParticipantAsync(Host, jean, OrgA);

        await Send(Coordinator(), s =>
        {
            s.Post.Json(new { }).ToUrl($"/api/participants/{jean}/{path}");
            s.StatusCodeShouldBe(200);
        });

        (await phone.GetAsync("/console/me")).Status.ShouldBe(home);
    }

    [Fact]
    public async Task Only_the_participant_and_the_staff_of_their_group_sign_them_out_everywhere()
    {
        var (group, jean) = await JeansGroupAsync();
        var samira = await Host.EnrolAsync(Coordinator(), group, ParticipantScenarios.NewParticipant("Samira"));
        var other = await Host.CreateGroupAsync(Coordinator());
        var nadia = await Host.EnrolAsync(Coordinator(), other, ParticipantScenarios.NewParticipant("Nadia"));
        var before = await EventCount();

        foreach (var stranger in new[] { Participant(samira), Participant(nadia), Participant(jean, OrgB), Coordinator(OrgB) })
            await Send(stranger, s =>
            {
                s.Post.Json(new { }).ToUrl($"/api/participants/{jean}/sign-out-everywhere");
                s.StatusCodeShouldBe(404);
            });
        (await EventCount()).ShouldBe(before);

        await Host.SendAsync(Participant(jean), $"/api/participants/{jean}/sign-out-everywhere", new SignOutEverywhere());
        await Host.SendAsync(Facilitator(Amina), $"/api/participants/{jean}/sign-out-everywhere", new SignOutEverywhere());
        (await EventsOf(jean)).OfType<SignedOutEverywhere>().Count().ShouldBe(2);
    }

    [Fact]
    public async Task The_staff_print_the_card_from_the_participants_page_with_its_qr_code_shown_once()
    {
        var (_, jean) = await JeansGroupAsync();
        var amina = await ConsoleClient.SignInAsync(Host, Amina, OrgA, Security.FacilitatorRole);
        (await amina.GetAsync($"/console/participants/{jean}")).Document.QuerySelector("a#personal-card")!.GetAttribute("href")
            .ShouldBe($"/console/participants/{jean}/card");

        var form = await amina.FormAsync($"/console/participants/{jean}/card", "Print");
        var printed = await form.SendAsync();
        var again = await form.SendAsync();

        printed.Status.ShouldBe(HttpStatusCode.OK);
        var code = printed.Document.QuerySelector("#printed-card .code")!.TextContent;
        printed.Document.QuerySelector("#printed-card svg").ShouldNotBeNull();
        printed.Document.QuerySelector("#printed-card a")!.GetAttribute("href").ShouldEndWith($"/console/me/sign-in?code={code}");
        again.Document.QuerySelector("#printed-card").ShouldBeNull();
        again.Document.GetElementById("card-printed-before").ShouldNotBeNull();
        (await EventsOf(jean)).OfType<CardIssued>().Count().ShouldBe(1);
        (await Host.SignInWithCodeAsync(code)).Answer.ShouldBeSignedIn();
    }

    [Fact]
    public async Task Erasure_deletes_the_cards_codes_and_the_export_lists_the_card_by_its_date_only()
    {
        var (_, jean) = await JeansGroupAsync();
        var code = await Host.PrintCardAsync(Facilitator(Amina), jean);

        var export = await Send(Coordinator(), s => s.Get.Url($"/api/participants/{jean}/export?format=page&language=en"));
        var page = await export.ReadAsTextAsync();
        page.ShouldContain("A personal card was printed for you");
        page.ShouldNotContain(code);
        page.ShouldNotContain((await CodesOf(jean)).Single().Id);

        await Host.SendAsync(Coordinator(), $"/api/participants/{jean}/erase", new ErasePerson(ErasureReason.Request));

        (await CodesOf(jean)).ShouldBeEmpty();
        (await Host.SignInWithCodeAsync(code)).Answer.Status.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_demos_printed_card_signs_jean_in_with_the_code_the_readme_gives()
    {
        await DemoData.LoadAsync(Store);
        (await DemoCard.LoadAsync(Store, Host.Services.GetRequiredService<CardKeys>())).ShouldBeTrue();
        (await DemoCard.LoadAsync(Store, Host.Services.GetRequiredService<CardKeys>())).ShouldBeFalse();

        var (phone, answer) = await Host.SignInWithCodeAsync(DemoCard.Code);

        answer.ShouldBeSignedIn();
        (await phone.GetAsync("/console/me")).Document.QuerySelector("h1")!.TextContent.ShouldBe("Hello Jean!");
    }
}
