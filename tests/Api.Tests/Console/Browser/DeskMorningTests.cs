using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.DropIns;
using LivingLibrary.Domain.Loans;
using LivingLibrary.Domain.Referral;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace LivingLibrary.Api.Tests.Console.Browser;

/// <summary>
/// A Brussels desk's morning (seed 002), through the console alone in Chromium: the coordinator opens the desk, names who
/// staffs it, adds a laptop to the inventory and a partner to the directory; the desk worker records five visitors as
/// they come, refers one, resolves another, lends the laptop to a third, and reads the day's sheet. Then the event store.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DeskMorningTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    private static readonly (string Goal, string Service, string Difficulty, string Language)[] Visitors =
    [
        ("Activer itsme sur un nouveau téléphone", "itsme", "login-and-identity", "fr"),
        ("Payer la facture d'eau en ligne", "water-supplier", "paying", "ar"),
        ("Prendre rendez-vous à la commune", "commune", "appointments", "fr"),
        ("Répondre à un mail de phishing", "messaging-social", "security-and-scams", "nl"),
        ("Télécharger une attestation de la mutuelle", "health-insurance", "forms-and-documents", "fr"),
    ];

    [Fact]
    public async Task A_desk_worker_records_five_visitors_refers_one_resolves_one_lends_a_laptop_and_reads_the_days_sheet()
    {
        using var browser = new Browser(fixture.Address);

        // The coordinator prepares the desk: Tuesday mornings (the test's clock is Tuesday 24 November 2026, 10:00).
        browser.SignIn("coordinator-1", "org-a", "coordinator");
        browser.Go("/console/organisation/settings?language=en");
        browser.Fill("#f-desk-name", "Permanence d'Anderlecht");
        browser.Fill("#f-desk-place", "Bibliothèque de Cureghem");
        browser.Fill("#f-desk-languages", "fr ar nl");
        browser.Choose("#f-desk-hours-0--day", "tuesday");
        browser.Fill("#f-desk-hours-0--from", "09:00");
        browser.Fill("#f-desk-hours-0--until", "12:00");
        browser.Press("form#open-desk", "Open a drop-in desk");
        browser.Find("#own-desks").Text.ShouldContain("Permanence d'Anderlecht");
        browser.ChooseText("#f-staff-deskId", "Permanence d'Anderlecht");
        browser.Fill("#f-staff-userId", "it-worker-1");
        browser.Fill("#f-staff-displayName", "Karim");
        browser.Press("form#desk-staff", "Add someone to a desk's staff");
        browser.Find("#own-desks").Text.ShouldContain("Karim");
        browser.Go("/console/loans");
        browser.Choose("#f-kind", "laptop");
        browser.Fill("#f-identifier", "PC-07");
        browser.Press("form#register-device", "Add to the inventory");
        browser.Go("/console/partners/new");
        browser.Fill("#f-partner-name", "CPAS d'Anderlecht");
        browser.Choose("#f-partner-kind", "socialServices");
        browser.Check("input[name='partner.services'][value=health-insurance]");
        browser.Check("input[name='partner.difficulties'][value=forms-and-documents]");
        browser.Fill("#f-partner-languages", "fr, nl");
        browser.Press("form#partner-form", "Save the partner");

        // The desk worker's morning starts from their day.
        browser.SignIn("it-worker-1", "org-a", "facilitator");
        browser.Go("/console/today?language=en");
        browser.Follow("Permanence d'Anderlecht");
        browser.Path.ShouldEndWith("/sessions/2026-11-24");
        var sheet = browser.Path;
        var cases = new List<string>();
        foreach (var (goal, service, difficulty, language) in Visitors)
        {
            browser.Fill("#f-goal", goal);
            browser.Choose("#f-service", service);
            browser.Choose("#f-difficulty", difficulty);
            browser.Check($"input[name=languages][value={language}]");
            browser.Fill("#f-accompaniment-minutes", "20");
            browser.Choose("#f-accompaniment-device", "publicComputer");
            browser.Choose("#f-accompaniment-progress", "partlyDone");
            browser.Press("form#record-request", "Record the request");
            cases.Add(new Uri(browser.Find("[role=status] a").GetAttribute("href")!).PathAndQuery);
        }

        // The fifth needs the mutual insurer's social service: referred. The first one's itsme works: resolved.
        browser.Go(cases[4]);
        browser.Find("input[name='refer.partnerId']").Click();
        browser.Fill("#f-refer-reason", "L'attestation se demande au guichet");
        browser.Press("form#refer", "Refer the case");
        browser.Find("#timeline").Text.ShouldContain("Referred");
        browser.Go(cases[0]);
        browser.Fill("#f-resolve-steps", "Installer l'application\nScanner la carte d'identité");
        browser.Choose("#f-resolve-autonomy", "doneTogether");
        browser.Press("form#resolve", "Resolve the case");

        // The second visitor has no computer at home: the laptop goes with them for two weeks.
        browser.Go("/console/desks?language=en");
        browser.Follow("Device loans");
        browser.Choose("#f-visitorId", browser.FindAll("#f-visitorId option").Single(o => o.Text.Contains(Visitors[1].Goal)).GetAttribute("value")!);
        browser.Choose("#f-deviceId", browser.FindAll("#f-deviceId option").Last().GetAttribute("value")!);
        browser.Fill("#f-until", "2026-12-08");
        browser.Fill("#f-agreement-notice", "pret-2026-fr");
        browser.Press("form#lend", "Lend");

        // The day's sheet: five requests.
        browser.Go(sheet);
        browser.FindAll("#sheet tbody tr").Count.ShouldBe(5);

        await using var query = fixture.Services.GetRequiredService<IDocumentStore>().QuerySession("org-a");
        var requests = await query.Events.QueryRawEventDataOnly<DropInRequestRecorded>().ToListAsync();
        requests.Select(r => r.Details.Goal).Order().ShouldBe(Visitors.Select(v => v.Goal).Order());
        requests.ShouldAllBe(r => r.SessionOn == new DateOnly(2026, 11, 24));
        var accompanied = await query.Events.QueryRawEventDataOnly<CaseAccompanied>().ToListAsync();
        accompanied.Count.ShouldBe(5);
        accompanied.ShouldAllBe(a => a.Accompaniment.StaffIds.Single() == "it-worker-1" && a.Accompaniment.Minutes == 20);
        var referred = (await query.Events.QueryRawEventDataOnly<CaseReferred>().ToListAsync()).ShouldHaveSingleItem();
        referred.PartnerId.ShouldBe((await query.Events.QueryRawEventDataOnly<PartnerListed>().SingleAsync()).PartnerId);
        requests.Single(r => r.CaseId == referred.CaseId).Details.Goal.ShouldBe(Visitors[4].Goal);
        var resolved = (await query.Events.QueryRawEventDataOnly<CaseResolved>().ToListAsync()).ShouldHaveSingleItem();
        requests.Single(r => r.CaseId == resolved.CaseId).Details.Goal.ShouldBe(Visitors[0].Goal);
        var lent = (await query.Events.QueryRawEventDataOnly<DeviceLent>().ToListAsync()).ShouldHaveSingleItem();
        lent.Borrower.Id.ShouldBe(requests.Single(r => r.Details.Goal == Visitors[1].Goal).Visitor.VisitorId);
        lent.Until.ShouldBe(new DateOnly(2026, 12, 8));
        (await query.Events.QueryRawEventDataOnly<DeskStaffAssigned>().SingleAsync()).UserId.ShouldBe("it-worker-1");
    }
}
