using LivingLibrary.Api.Platform;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.ExchangeSessions;
using LivingLibrary.Domain.Reports;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Referral;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Participants;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace LivingLibrary.Api.Tests.Console.Browser;

/// <summary>
/// The console's whole workflow in a real browser (Debian's Chromium through WebDriver): what a coordinator and a
/// facilitator do in a project, checked in the event store, every page checked by axe-core and photographed at 360
/// and 1280 px (test artefacts: console-*.png).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkflowTests(BrowserFixture fixture) : IAsyncLifetime
{
    private readonly List<string> findings = [];

    public Task InitializeAsync() => fixture.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    private IDocumentStore Store => fixture.Services.GetRequiredService<IDocumentStore>();

    /// <summary>The page as it is now: no serious or critical accessibility violation, nothing wider than a 360 px phone.</summary>
    private void Checked(Browser browser, string name)
    {
        foreach (var violation in browser.Violations()) findings.Add($"{name} ({browser.Path}, 1280 px): {violation}");
        var overflow = browser.Screenshots(name);
        if (overflow > 0) findings.Add($"{name} ({browser.Path}): the page is {overflow} px wider than a 360 px screen: {browser.Wider}");
        browser.Resize(360);
        foreach (var violation in browser.Violations()) findings.Add($"{name} ({browser.Path}, 360 px): {violation}");
        browser.Resize(1280);
    }

    [Fact]
    public async Task A_coordinator_and_a_facilitator_run_the_Liege_workshop_from_enrolment_to_the_funder_report_through_the_console_alone()
    {
        using var browser = new Browser(fixture.Address);

        // The coordinator creates the group and assigns the facilitator.
        browser.Go("/console?language=en");
        browser.Path.ShouldStartWith("/console/sign-in");
        Checked(browser, "sign-in");
        browser.SignIn("coordinator-1", "org-a", "coordinator");
        browser.Heading.ShouldBe("My groups");
        browser.Fill("#f-name", "Atelier du mardi");
        browser.Fill("#f-place", "Centre Agora, Liège");
        browser.Fill("#f-startsOn", "2026-09-01");
        browser.Fill("#f-endsOn", "2027-06-30");
        browser.Check("input[name=languages][value=ar]");
        Checked(browser, "groups");
        browser.Press("main", "Create");
        browser.Heading.ShouldBe("Atelier du mardi");
        var groupPath = browser.Path;
        browser.Fill("#f-facilitator-facilitatorId", "facilitator-1");
        browser.Fill("#f-facilitator-displayName", "Amina");
        browser.Press("main", "Assign");
        browser.Text.ShouldContain("Amina (facilitator-1)");
        // The partner a case may be referred to, in the organisation's directory.
        browser.Go("/console/partners/new");
        browser.Fill("#f-partner-name", "Guichet itsme de la commune");
        browser.Choose("#f-partner-kind", "publicServiceCounter");
        browser.Check("input[name='partner.services'][value=itsme]");
        browser.Check("input[name='partner.difficulties'][value=login-and-identity]");
        browser.Fill("#f-partner-languages", "fr");
        browser.Press("form#partner-form", "Save the partner");

        // The facilitator enrols two participants: a refusal first, shown next to the field.
        browser.SignIn("facilitator-1", "org-a", "facilitator");
        browser.Text.ShouldContain("Atelier du mardi");
        browser.Go(groupPath);
        browser.Fill("#f-consent-notice", "notice-2026-fr");
        browser.Press("main", "Enrol");
        browser.Find("#f-displayName-error").Text.ShouldBe("Required.");
        browser.Find("#f-displayName").GetAttribute("aria-invalid").ShouldBe("true");
        Checked(browser, "group-refused");
        foreach (var (name, contact) in new[] { ("Samira", "0470 11 22 33"), ("Fatma", "") })
        {
            browser.Fill("#f-displayName", name);
            if (contact.Length > 0) browser.Fill("#f-contact", contact);
            browser.Fill("#f-consent-notice", "notice-2026-fr");
            browser.Press("main", "Enrol");
            browser.Find("[role=status]").Text.ShouldBe("Saved.");
        }
        Checked(browser, "group");

        // The intake grid: levels typed in one go.
        browser.Click("a[href$='/intake']");
        browser.Heading.ShouldBe("Intake grid (levels)");
        var cells = browser.FindAll("td.level input");
        cells.Count.ShouldBeGreaterThanOrEqualTo(4);
        cells[0].SendKeys("2");
        cells[1].SendKeys("5");
        Checked(browser, "intake");
        browser.Press("main", "Save the levels");
        browser.Find("[role=status]").Text.ShouldBe("2 level(s) saved.");

        // Samira wants to learn to pay a bill online; Fatma offers to help with it.
        browser.Follow("Atelier du mardi");
        browser.Follow("Samira");
        browser.Choose("#f-need-skill", "pay-bill-online");
        Checked(browser, "participant");
        browser.Press("form#need", "Declare a learning need");
        browser.Find("#needs").Text.ShouldContain("Pay a bill online");
        browser.Follow("Atelier du mardi");
        browser.Follow("Fatma");
        browser.Choose("#f-offer-skill", "pay-bill-online");
        browser.Fill("#f-offer-level", "6");
        browser.Press("form#offer", "Offer help");
        browser.Find("#offers").Text.ShouldContain("Pay a bill online");

        // Suggestions, one click to propose, both say yes, a help session.
        browser.Follow("Atelier du mardi");
        browser.Follow("Who can help with what");
        browser.Find("#catalogue").Text.ShouldContain("Pay a bill online");
        Checked(browser, "library");
        browser.Follow("Atelier du mardi");
        browser.Follow("Pairings");
        browser.Press("form#suggest", "Suggest pairings");
        browser.Find("#suggested-pairs").Text.ShouldContain("Fatma");
        Checked(browser, "suggestions");
        browser.Press("#suggested-pairs form[id^=propose-]", "Propose this pair");
        browser.Click("[role=status] a");
        browser.Press("form#accept-learner", "The learner accepts");
        browser.Press("form#accept-helper", "The helper accepts");
        browser.Find("#pairing-state").Text.ShouldBe("active");
        browser.Fill("#f-heldOn", "2026-11-24");
        browser.Fill("#f-durationMinutes", "60");
        browser.Fill("#f-workedOn", "La facture d'eau payée ensemble");
        browser.Find("#f-learnerFelt-confident").Click();
        Checked(browser, "pairing");
        browser.Press("form#log-session", "Log the session");
        browser.Find("#sessions").Text.ShouldContain("La facture d'eau payée ensemble");

        // Samira's problem: posted, then referred to a partner the directory suggests (listed by a coordinator earlier).
        browser.Go(groupPath);
        browser.Follow("Problem cases");
        browser.ChooseText("#f-participantId", "Samira");
        browser.Fill("#f-goal", "Activer itsme sur mon nouveau téléphone");
        browser.Choose("#f-service", "itsme");
        browser.Choose("#f-difficulty", "login-and-identity");
        Checked(browser, "cases");
        browser.Press("form#post-case", "Post the case");
        browser.Find("#case-status").Text.ShouldNotBeEmpty();
        browser.Find("#suggestions input[name='refer.partnerId']").Click();
        browser.Fill("#f-refer-reason", "Elle a besoin d'un rendez-vous pour la carte d'identité");
        Checked(browser, "case");
        browser.Press("form#refer", "Refer the case");
        browser.Find("#timeline").Text.ShouldContain("Referred");

        // The exchange session where both came, and the end-of-project evaluation typed from paper.
        browser.Go(groupPath);
        browser.Follow("Exchange sessions");
        browser.Fill("#f-theme", "Les arnaques par SMS");
        foreach (var box in browser.FindAll("input[name=attendeeIds]")) box.Click();
        browser.Press("form#hold-session", "Record the session");
        browser.Go(groupPath);
        browser.Follow("Evaluations");
        browser.Find("input[name=kind][value=endOfProject]").Click();
        browser.Press("form#open-campaign", "Open the campaign");
        foreach (var name in new[] { "Samira", "Fatma" })
        {
            browser.ChooseText("#answering", name);
            browser.Press("form#choose-participant", "Type their answers");
            foreach (var question in browser.FindAll("form#named-answers fieldset"))
                question.FindElements(OpenQA.Selenium.By.CssSelector("input[type=radio]")).FirstOrDefault()?.Click();
            foreach (var open in browser.FindAll("form#named-answers textarea")) open.SendKeys("Je paie mes factures seule maintenant.");
            browser.Press("form#named-answers", "Save the answers");
        }
        browser.Follow("Close the campaign");
        browser.Press("form#confirm", browser.Find("form#confirm button").Text.Trim());

        // The coordinator's overview, the printable funder report, then the report issued and checked.
        browser.SignIn("coordinator-1", "org-a", "coordinator");
        browser.Follow("The organisation");
        browser.Find("#organisation-groups").Text.ShouldContain("Atelier du mardi");
        Checked(browser, "organisation");
        browser.Click("#report-printable");
        browser.Text.ShouldContain("REPORT TO FUNDERS");
        Checked(browser, "report");
        browser.Go("/console/organisation");
        browser.Click("#issued-reports-link");
        browser.Press("form#issue-report", "Issue the report");
        browser.Find("#report-check").GetAttribute("data-matches").ShouldBe("true", "the issued report is checked against the hash it was issued with");

        await using var query = Store.QuerySession("org-a");
        var participants = await query.Query<Participant>().ToListAsync();
        participants.Select(p => p.Person.DisplayName).Order().ShouldBe(["Fatma", "Samira"]);
        participants.Sum(p => p.Levels.Count).ShouldBe(2);
        (await query.Query<Group>().SingleAsync()).Facilitators.Single().FacilitatorId.ShouldBe("facilitator-1");
        var pairing = await query.Query<Pairing>().SingleAsync();
        var events = (await query.Events.FetchStreamAsync(pairing.Id)).Select(e => e.Data).ToList();
        events.OfType<PairingStarted>().ShouldHaveSingleItem().HelperId.ShouldBe(participants.Single(p => p.Person.DisplayName == "Fatma").Id);
        events.OfType<HelpSessionLogged>().ShouldHaveSingleItem().DurationMinutes.ShouldBe(60);
        var problem = await query.Query<ProblemCase>().SingleAsync();
        var partner = (await query.Events.QueryRawEventDataOnly<PartnerListed>().SingleAsync()).PartnerId;
        (await query.Events.FetchStreamAsync(problem.Id)).Select(e => e.Data).OfType<CaseReferred>().ShouldHaveSingleItem().PartnerId.ShouldBe(partner);
        (await query.Events.QueryRawEventDataOnly<ExchangeSessionHeld>().SingleAsync()).AttendeeIds.Order().ShouldBe(participants.Select(p => p.Id).Order());
        (await query.Events.QueryRawEventDataOnly<NamedAnswersRecorded>().ToListAsync()).Select(a => a.ParticipantId).Order().ShouldBe(participants.Select(p => p.Id).Order());
        (await query.Events.QueryRawEventDataOnly<CampaignClosed>().ToListAsync()).ShouldHaveSingleItem();
        (await query.Events.QueryRawEventDataOnly<FunderReportIssued>().ToListAsync()).ShouldHaveSingleItem();

        findings.ShouldBeEmpty(string.Join(Environment.NewLine, findings));
    }
}
