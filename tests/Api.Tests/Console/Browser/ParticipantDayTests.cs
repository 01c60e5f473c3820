using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Me;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Projections.Library;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace LivingLibrary.Api.Tests.Console.Browser;

/// <summary>
/// Issue 24's day in Chromium on a 360 px phone: a facilitator prints Samira's card; Samira signs in with its code, posts a
/// case with a photo, says yes to a pairing, says she helped someone, answers an evaluation anonymously from a code slip,
/// reads her progress and downloads her export; then the facilitator sees the case and the yes, the funder report counts
/// the help, and her erasure leaves no trace of her photo or her words. Every participant page passes axe and the
/// easy-to-read sentence test.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ParticipantDayTests(BrowserFixture fixture) : IAsyncLifetime
{
    private const string Org = "org-a";
    private const string Facilitator = "facilitator-1";
    private readonly List<string> findings = [];

    public Task InitializeAsync() => fixture.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    private IDocumentStore Store => fixture.Services.GetRequiredService<IDocumentStore>();

    private string Token(string user, string role) =>
        fixture.Services.GetRequiredService<DevelopmentTokens>().Issue(user, Org, role, TimeSpan.FromMinutes(30));

    /// <summary>The API over HTTP, as a client would call it, for what the day starts from.</summary>
    private async Task<JsonNode?> ApiAsync(string token, HttpMethod method, string path, object? body = null)
    {
        using var http = new HttpClient { BaseAddress = new Uri(fixture.Address) };
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body, body.GetType(), options: ViewJson.Options);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{method} {path}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    private static Guid IdOf(JsonNode? created) => Guid.Parse((string)(created!["createdId"] ?? created["id"])!);

    /// <summary>A participant's page as it is now: axe, no wider than the phone, and its French sentences easy to read.</summary>
    private void Checked(Browser browser)
    {
        foreach (var violation in browser.Violations()) findings.Add($"{browser.Path}: {violation}");
        if (browser.Overflow > 0) findings.Add($"{browser.Path}: {browser.Overflow} px wider than the screen");
        var main = new HtmlParser().ParseDocument(browser.Html).QuerySelector("main")!;
        findings.AddRange(EasyToReadTests.SentencesAtFault(browser.Path, main));
    }

    [Fact]
    public async Task Samira_signs_in_with_her_card_and_does_her_part_on_her_phone_and_the_facilitator_and_the_report_see_it()
    {
        // What the day starts from: the group, Samira who needs help, Jean who offers it and said yes, and three others.
        var coordinator = Token("coordinator-1", Security.CoordinatorRole);
        var facilitator = Token(Facilitator, Security.FacilitatorRole);
        var group = IdOf(await ApiAsync(coordinator, HttpMethod.Post, "/api/groups",
            new CreateGroup("Atelier du mardi", "Centre Agora, Liège", new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), ["fr", "ar"])));
        await ApiAsync(coordinator, HttpMethod.Post, $"/api/groups/{group}/facilitators", new AssignFacilitator(Facilitator, "Amina"));
        async Task<Guid> Enrol(string name) => IdOf(await ApiAsync(facilitator, HttpMethod.Post, $"/api/groups/{group}/participants",
            new EnrolParticipant(name, ["fr"], [new TimeSlot(DayOfWeek.Tuesday, DayPart.Morning)], null, new GivenConsent("notice-2026-fr", new DateOnly(2026, 9, 1)))));
        var samira = await Enrol("Samira Benali");
        var jean = await Enrol("Jean Dupont");
        await ApiAsync(facilitator, HttpMethod.Post, $"/api/participants/{samira}/assessments",
            new RecordAssessment(AssessmentSource.ObservedByFacilitator, null, new DateOnly(2026, 9, 8), true, [new AssessedLevel("pay-bill-online", 1)]));
        await ApiAsync(facilitator, HttpMethod.Post, $"/api/participants/{jean}/offers", new OfferHelp("pay-bill-online", 5));
        var need = IdOf(await ApiAsync(facilitator, HttpMethod.Post, $"/api/participants/{samira}/needs", new DeclareLearningNeed("pay-bill-online", NeedPriority.High, null)));
        var pairing = IdOf(await ApiAsync(facilitator, HttpMethod.Post, "/api/pairings", new ProposePairing(null, need, jean)));
        await ApiAsync(facilitator, HttpMethod.Post, $"/api/pairings/{pairing}/accept", new AcceptPairing(Party.Helper));
        foreach (var name in new[] { "Lucie Martin", "Hüseyin Kaya" })
            await ApiAsync(facilitator, HttpMethod.Post, $"/api/participants/{await Enrol(name)}/helped-around",
                new RecordHelpAround("pay-bill-online", new DateOnly(2026, 11, 10), null));
        var campaign = IdOf(await ApiAsync(facilitator, HttpMethod.Post, $"/api/groups/{group}/campaigns",
            new OpenCampaign(CampaignKind.EndOfProject, AnswerMode.NamedOrAnonymous, new DateOnly(2026, 11, 24), new DateOnly(2026, 11, 30), ["pay-bill-online"])));
        var codes = (await ApiAsync(facilitator, HttpMethod.Post, $"/api/campaigns/{campaign}/codes", new HandOutAnswerCodes(3)))!["codes"]!.AsArray();

        // The facilitator prints Samira's card from her page.
        using var staff = new Browser(fixture.Address);
        staff.SignIn(Facilitator, Org, "facilitator");
        staff.Go($"/console/participants/{samira}/card?language=en");
        staff.Press("form#print-card", staff.Find("form#print-card button").Text.Trim());
        var code = staff.Find("#printed-card .code").Text.Trim();
        code.Length.ShouldBeGreaterThanOrEqualTo(10);

        // Samira, on her own phone, in French.
        using var phone = new Browser(fixture.Address);
        phone.Resize(360);
        phone.Go("/console/me/sign-in?language=fr");
        Checked(phone);
        phone.Fill("#f-code", code);
        phone.Find("input[name=device][value=own]").Click();
        phone.Click("form#card button[type=submit]");
        phone.Path.ShouldBe("/console/me");
        phone.Heading.ShouldBe("Bonjour Samira !");
        Checked(phone);

        // "J'ai un problème": her case, then a photo of the letter.
        phone.Go("/console/me/problem");
        Checked(phone);
        phone.Find("input[name=service][value=water-supplier]").Click();
        phone.Fill("#f-goal", "Payer la facture d'eau avant le 5 décembre");
        phone.Check("input[name=share]");
        phone.Click("main form button[type=submit]");
        phone.Find("#message").Text.ShouldNotBeEmpty();
        phone.MessageFocus().ShouldBeNull();
        Checked(phone);
        var photo = Path.Combine(Path.GetTempPath(), $"lettre-{Guid.NewGuid():N}.jpg");
        await File.WriteAllBytesAsync(photo, CasePhotoTests.JpegWithGps());
        phone.Attach("form#add-photo input[type=file]", photo);
        phone.Click("form#add-photo button[type=submit]");
        phone.MessageFocus().ShouldBeNull();
        phone.FindAll("#my-case-photos img").Count.ShouldBe(1);
        File.Delete(photo);

        // Her yes to Jean's help.
        phone.Go("/console/me/pairings");
        Checked(phone);
        phone.Click("button[name=answer][value=yes]");
        phone.MessageFocus().ShouldBeNull();
        Checked(phone);

        // "J'ai aidé quelqu'un".
        phone.Go("/console/me/helped");
        Checked(phone);
        phone.Choose("#f-task", "pay-bill-online");
        phone.Fill("#f-on", "2026-11-20");
        phone.Click("main form button[type=submit]");
        phone.Find("#message").Text.ShouldNotBeEmpty();
        phone.MessageFocus().ShouldBeNull();

        // A code slip's QR code opens the anonymous form, without her space.
        phone.Go($"/console/answer?organisation={Org}&campaign={campaign}&code={Uri.EscapeDataString((string)codes[0]!)}");
        Checked(phone);
        foreach (var question in phone.FindAll("fieldset.question"))
            question.FindElements(OpenQA.Selenium.By.CssSelector("input[type=radio]")).LastOrDefault()?.Click();
        phone.Click("main form[method=post] button[type=submit]");
        phone.MessageFocus().ShouldBeNull();
        phone.Status.ShouldBe(200);

        // Her progress, and her export.
        phone.Go("/console/me/progress");
        Checked(phone);
        phone.Go("/console/me/data");
        Checked(phone);
        var export = phone.Fetch(phone.Find("#export").GetAttribute("href")!);
        export.Status.ShouldBe(200);
        export.Text.ShouldContain("Samira Benali");

        findings.ShouldBeEmpty(string.Join(Environment.NewLine, findings));

        // The facilitator sees her case and her yes, each as said by her.
        await using (var query = Store.QuerySession(Org))
        {
            var posted = (await query.Events.QueryAllRawEvents().Where(e => e.EventTypeName == "case_posted").ToListAsync()).ShouldHaveSingleItem();
            posted.UserName.ShouldBe(Domain.Caller.ParticipantUser(samira));
            var caseId = posted.StreamId;
            (await query.Events.FetchStreamAsync(pairing)).ShouldContain(e => e.Data is PairingAccepted && e.UserName == Domain.Caller.ParticipantUser(samira));
            (await query.Events.FetchStreamAsync(samira)).ShouldContain(e => e.Data is HelpAroundGiven && e.UserName == Domain.Caller.ParticipantUser(samira));
            (await query.Events.QueryRawEventDataOnly<AnonymousAnswersRecorded>().ToListAsync()).ShouldHaveSingleItem();
            staff.Go($"/console/cases/{caseId}?language=en");
            staff.Text.ShouldContain("Payer la facture d'eau");
            staff.FindAll("main img").Count.ShouldBe(1);
            staff.Go($"/console/pairings/{pairing}?language=en");
            staff.Text.ShouldContain("themself");
        }

        // The funder report counts three people who helped someone around them: Lucie, Hüseyin and Samira.
        staff.SignIn("coordinator-1", Org, "coordinator");
        staff.Go("/console/organisation?language=en");
        staff.Click("#report-printable");
        var row = staff.FindAll("tr").Select(r => r.Text).Where(r => r.Contains("participants who helped someone around them")).ShouldHaveSingleItem();
        row.ShouldContain("3");

        // Her erasure leaves neither her photo nor her words.
        await ApiAsync(coordinator, HttpMethod.Post, $"/api/participants/{samira}/erase", new LivingLibrary.Domain.Privacy.ErasePerson(LivingLibrary.Domain.Privacy.ErasureReason.Request));
        await using (var query = Store.QuerySession(Org))
            (await query.Query<Api.Cases.CasePhoto>().CountAsync()).ShouldBe(0);
        var database = Microsoft.Extensions.Configuration.ConfigurationExtensions.GetConnectionString(fixture.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>(), "Marten")!;
        (await LivingLibrary.Api.Tests.Privacy.DatabaseDump.HoldingAsync(["Samira Benali", "Payer la facture d'eau"], database)).ShouldBeEmpty();
    }
}
