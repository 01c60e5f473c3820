using System.Net;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Loans;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Loans;

namespace LivingLibrary.Api.Tests.Console;

/// <summary>Device loans in the console (docs/adr/0010): lending from a group's page, a return on the device's page, the overdue list first.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class LoanPagesTests(ApiFixture fixture) : ApiTest(fixture)
{
    private Task<ConsoleClient> As(string userId, string role = Security.FacilitatorRole, string organisation = OrgA) =>
        ConsoleClient.SignInAsync(Host, userId, organisation, role);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd");

    private static (string, string)[] Loan(Guid participant, Guid device, string until, string deposit = "20", string signedOn = "") =>
        [("participantId", participant.ToString()), ("deviceId", device.ToString()), ("from", Iso(ApiFixture.Today)), ("until", until),
            ("deposit", deposit), ("agreement.notice", "pret-2026-fr"), ("agreement.signedOn", signedOn is "" ? Iso(ApiFixture.Today) : signedOn)];

    [Fact]
    public async Task A_facilitator_lends_a_device_to_a_participant_from_the_groups_page_and_records_its_return_on_the_devices_page()
    {
        var scene = await LoanScene.SetUp(Host, Coordinator());
        var amina = await As(CaseScene.Facilitator);
        (await amina.GetAsync($"/console/groups/{scene.Cases.Group}")).Document.QuerySelector($"a[href='/console/groups/{scene.Cases.Group}/loans']").ShouldNotBeNull();
        var page = $"/console/groups/{scene.Cases.Group}/loans";
        (await amina.GetAsync(page)).Document.QuerySelectorAll("#lend select[name=deviceId] option").Select(o => o.GetAttribute("value"))
            .ShouldBe(["", scene.Laptop.ToString(), scene.Tablet.ToString()]);

        var lent = await amina.SubmitAsync(page, Loan(scene.Samira, scene.Laptop, Iso(ApiFixture.Today.AddDays(30)), deposit: "20,50"));

        lent.Status.ShouldBe(HttpStatusCode.Redirect, lent.Text);
        lent.Location.ShouldBe($"/console/devices/{scene.Laptop}?saved=true#message");
        var loan = (await Stream(scene.Laptop)).Last();
        loan.UserName.ShouldBe(CaseScene.Facilitator);
        var e = loan.Data.ShouldBeOfType<DeviceLent>();
        e.ShouldSatisfyAllConditions(
            x => x.Borrower.ShouldBe(new Borrower(BorrowerKind.Participant, scene.Samira, scene.Cases.Group, null)),
            x => (x.From, x.Until, x.DepositCents).ShouldBe((ApiFixture.Today, ApiFixture.Today.AddDays(30), 2050)),
            x => x.Agreement.ShouldBe(new Agreement("pret-2026-fr", ApiFixture.Today)));
        var device = await amina.GetAsync(lent.Location!);
        device.Document.QuerySelector("p#message.notice[role=status][tabindex='-1']").ShouldNotBeNull();
        (await amina.GetAsync(page)).Document.QuerySelector($"#lent-now #loan-{scene.Laptop}")!.TextContent.ShouldContain("Samira");

        var back = await amina.SubmitAsync($"/console/devices/{scene.Laptop}", "Return", ("on", Iso(ApiFixture.Today)), ("condition", "fair"),
            ("depositReturned", "yes"), ("note", "Clavier usé"));

        back.Status.ShouldBe(HttpStatusCode.Redirect, back.Text);
        var returned = (await Stream(scene.Laptop)).Last().Data.ShouldBeOfType<DeviceReturned>();
        (returned.LoanId, returned.On, returned.Condition, returned.DepositReturned, returned.Note)
            .ShouldBe((e.LoanId, ApiFixture.Today, DeviceCondition.Fair, (bool?)true, "Clavier usé"));
        (await amina.GetAsync($"/console/devices/{scene.Laptop}")).Document.QuerySelector("#return").ShouldBeNull("it is back");
    }

    [Fact]
    public async Task An_impossible_date_a_deposit_that_is_no_amount_or_no_device_are_refused_beside_their_fields_and_append_nothing()
    {
        var scene = await LoanScene.SetUp(Host, Coordinator());
        await Host.SendAsync(Coordinator(), $"/api/devices/{scene.Tablet}/lend", LoanScene.To(scene.Cases.Jean));
        var amina = await As(CaseScene.Facilitator);
        var page = $"/console/groups/{scene.Cases.Group}/loans";
        var before = await EventCount();

        var impossible = await amina.SubmitAsync(page, Loan(scene.Samira, scene.Laptop, "2026-02-31"));
        impossible.Status.ShouldBe(HttpStatusCode.BadRequest);
        impossible.ErrorOf("until").ShouldBe("This date does not exist: write a day of the calendar, such as 24/11/2026.");
        impossible.Document.QuerySelector("#f-until")!.GetAttribute("value").ShouldBe("2026-02-31");

        var noAmount = await amina.SubmitAsync(page, Loan(scene.Samira, scene.Laptop, Iso(ApiFixture.Today.AddDays(7)), deposit: "vingt"));
        noAmount.Status.ShouldBe(HttpStatusCode.BadRequest);
        noAmount.ErrorOf("deposit").ShouldBe("Type the deposit in euros, 0 if there is none.");
        noAmount.Document.QuerySelector("#f-deposit")!.GetAttribute("value").ShouldBe("vingt");
        var beyondCount = await amina.SubmitAsync(page, Loan(scene.Samira, scene.Laptop, Iso(ApiFixture.Today.AddDays(7)), deposit: "99999999999999999999"));
        beyondCount.Status.ShouldBe(HttpStatusCode.BadRequest);
        beyondCount.ErrorOf("deposit").ShouldBe("Type the deposit in euros, 0 if there is none.");

        var noDevice = await amina.SubmitAsync(page, [.. Loan(scene.Samira, scene.Laptop, Iso(ApiFixture.Today.AddDays(7))).Where(f => f.Item1 != "deviceId")]);
        noDevice.Status.ShouldBe(HttpStatusCode.BadRequest);
        noDevice.ErrorOf("deviceId").ShouldBe("Required.");

        var nobody = await amina.SubmitAsync(page, [.. Loan(scene.Samira, scene.Laptop, Iso(ApiFixture.Today.AddDays(7))).Where(f => f.Item1 != "participantId")]);
        nobody.Status.ShouldBe(HttpStatusCode.BadRequest);
        nobody.ErrorOf("participantId").ShouldBe("Choose who borrows the device.");

        var signedLater = await amina.SubmitAsync(page, Loan(scene.Samira, scene.Laptop, Iso(ApiFixture.Today.AddDays(7)), signedOn: "2026-13-01"));
        signedLater.Status.ShouldBe(HttpStatusCode.BadRequest);
        signedLater.ErrorOf("agreement.signedOn").ShouldBe("This date does not exist: write a day of the calendar, such as 24/11/2026.");

        var returnedOnNoDay = await amina.SubmitAsync($"/console/devices/{scene.Tablet}", "Return", ("on", "2026-02-30"), ("condition", "good"), ("depositReturned", "yes"));
        returnedOnNoDay.Status.ShouldBe(HttpStatusCode.BadRequest);
        returnedOnNoDay.ErrorOf("on").ShouldBe("This date does not exist: write a day of the calendar, such as 24/11/2026.");
        returnedOnNoDay.Document.QuerySelector("#f-on")!.GetAttribute("value").ShouldBe("2026-02-30");

        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Another_organisations_device_or_participant_is_not_found_and_staff_who_may_not_see_the_borrower_may_not_record_the_return()
    {
        var scene = await LoanScene.SetUp(Host, Coordinator());
        var elsewhere = await LoanScene.SetUp(Host, Coordinator(OrgB));
        await Host.SendAsync(Coordinator(), $"/api/devices/{scene.Laptop}/lend", LoanScene.To(scene.Samira));
        var other = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Jeudi"));
        await Host.AssignAsync(Coordinator(), other, LoanScene.Stranger);
        var amina = await As(CaseScene.Facilitator);
        var page = $"/console/groups/{scene.Cases.Group}/loans";
        var before = await EventCount();

        (await amina.SubmitAsync(page, Loan(scene.Samira, elsewhere.Laptop, Iso(ApiFixture.Today.AddDays(7))))).Status.ShouldBe(HttpStatusCode.NotFound);
        (await amina.SubmitAsync(page, Loan(elsewhere.Samira, scene.Tablet, Iso(ApiFixture.Today.AddDays(7))))).Status.ShouldBe(HttpStatusCode.NotFound);
        (await amina.GetAsync($"/console/devices/{elsewhere.Laptop}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await amina.GetAsync($"/console/groups/{elsewhere.Cases.Group}/loans")).Status.ShouldBe(HttpStatusCode.NotFound);

        // Another group's facilitator sees the device out, not whom it is lent to, and may neither lend to Samira nor take it back.
        var bert = await As(LoanScene.Stranger);
        var device = await bert.GetAsync($"/console/devices/{scene.Laptop}");
        device.Document.QuerySelector("#return").ShouldBeNull();
        device.Text.ShouldNotContain("Samira");
        var token = device.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
                    ?? (await bert.GetAsync($"/console/groups/{other}/loans")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        (await bert.PostAsync($"/console/devices/{scene.Laptop}?handler=Return", ("condition", "good"), ("depositReturned", "yes"), ("__RequestVerificationToken", token)))
            .Status.ShouldBe(HttpStatusCode.Forbidden);
        (await bert.SubmitAsync($"/console/groups/{other}/loans", Loan(scene.Samira, scene.Tablet, Iso(ApiFixture.Today.AddDays(7))))).Status.ShouldBe(HttpStatusCode.NotFound);

        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task The_overdue_loans_come_first_and_name_the_borrower_only_to_those_who_may_see_them()
    {
        var scene = await LoanScene.SetUp(Host, Coordinator());
        await Host.SendAsync(Coordinator(), $"/api/devices/{scene.Tablet}/lend",
            LoanScene.To(scene.Samira, from: ApiFixture.Today.AddDays(-40), until: ApiFixture.Today.AddDays(-10)));
        await Host.SendAsync(Coordinator(), $"/api/devices/{scene.Laptop}/lend", LoanScene.To(scene.Cases.Jean));
        var amina = await As(CaseScene.Facilitator);
        (await amina.GetAsync($"/console/groups/{scene.Cases.Group}/loans")).Document.QuerySelector("#all-devices")!.GetAttribute("href").ShouldBe("/console/loans");
        (await (await As("coordinator-1", Security.CoordinatorRole)).GetAsync("/console/organisation")).Document.QuerySelector("#loans-link")!
            .GetAttribute("href").ShouldBe("/console/loans");

        var loans = (await amina.GetAsync("/console/loans")).Document;

        loans.QuerySelector("h2 + p, h2 + div")!.QuerySelector("#overdue").ShouldNotBeNull("the overdue list is the page's first table");
        var row = loans.QuerySelectorAll("#overdue tbody tr").Single();
        row.Id.ShouldBe($"overdue-{scene.Tablet}");
        row.TextContent.ShouldContain("Samira");
        row.QuerySelector("td[data-label='Days overdue']")!.TextContent.Trim().ShouldBe("10");
        loans.QuerySelectorAll("#devices tbody tr").Select(r => r.Id).ShouldBe([$"device-{scene.Laptop}", $"device-{scene.Tablet}"]);

        var bert = await As(LoanScene.Stranger);
        var seen = (await bert.GetAsync("/console/loans")).Document.QuerySelector($"#overdue-{scene.Tablet}")!;
        seen.TextContent.ShouldNotContain("Samira");
        seen.TextContent.ShouldContain("(not shown to you)");
    }

    [Fact]
    public async Task A_desk_worker_lends_a_device_to_a_visitor_the_desk_recorded_and_other_staff_do_not_see_the_desks_loans()
    {
        var scene = await LoanScene.SetUp(Host, Coordinator());
        var karim = await As(CaseScene.DeskWorker);
        (await karim.GetAsync("/console/desks")).Document.QuerySelector($"#desk-{scene.Cases.Desk} a[href='/console/desks/{scene.Cases.Desk}/loans']").ShouldNotBeNull();
        var page = $"/console/desks/{scene.Cases.Desk}/loans";
        (await karim.GetAsync(page)).Document.QuerySelector($"#lend select[name=visitorId] option[value='{scene.VisitorId}']")!.TextContent.ShouldStartWith("Madame R.");

        var lent = await karim.SubmitAsync(page, ("visitorId", scene.VisitorId.ToString()), ("deviceId", scene.Tablet.ToString()),
            ("until", Iso(ApiFixture.Today.AddDays(14))), ("deposit", "0"), ("agreement.notice", "pret-2026-nl"), ("agreement.signedOn", Iso(ApiFixture.Today)));

        lent.Status.ShouldBe(HttpStatusCode.Redirect, lent.Text);
        var e = (await Stream(scene.Tablet)).Last().Data.ShouldBeOfType<DeviceLent>();
        e.Borrower.ShouldBe(new Borrower(BorrowerKind.Visitor, scene.VisitorId, null, scene.Cases.Desk));
        (e.From, e.DepositCents).ShouldBe((ApiFixture.Today, 0));
        (await karim.GetAsync(page)).Document.QuerySelector($"#lent-now #loan-{scene.Tablet}")!.TextContent.ShouldContain("Madame R.");

        var before = await EventCount();
        var amina = await As(CaseScene.Facilitator);
        (await amina.GetAsync(page)).Status.ShouldBe(HttpStatusCode.NotFound);
        var token = (await amina.GetAsync($"/console/groups/{scene.Cases.Group}/loans")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        (await amina.PostAsync(page, ("visitorId", scene.VisitorId.ToString()), ("deviceId", scene.Laptop.ToString()), ("until", Iso(ApiFixture.Today.AddDays(14))),
            ("deposit", "0"), ("agreement.notice", "pret-2026-nl"), ("agreement.signedOn", Iso(ApiFixture.Today)), ("__RequestVerificationToken", token)))
            .Status.ShouldBe(HttpStatusCode.NotFound);
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_coordinator_registers_a_device_and_records_its_condition_and_a_facilitator_may_do_neither()
    {
        var scene = await LoanScene.SetUp(Host, Coordinator());
        var elsewhere = await LoanScene.SetUp(Host, Coordinator(OrgB));
        var coordinator = await As("coordinator-1", Security.CoordinatorRole);
        var before = await EventCount();

        var missing = await coordinator.SubmitAsync("/console/loans", "Register", ("kind", "7"), ("identifier", ""), ("condition", "good"));
        missing.Status.ShouldBe(HttpStatusCode.BadRequest);
        missing.ErrorOf("kind").ShouldBe("Choose a value from the list.");
        missing.ErrorOf("identifier").ShouldBe("Required.");
        var known = await coordinator.SubmitAsync("/console/loans", "Register", ("kind", "laptop"), ("identifier", "ant-lap-0042"), ("condition", "good"));
        known.Status.ShouldBe(HttpStatusCode.Conflict);
        known.Document.QuerySelector("#register-device .problem")!.TextContent.ShouldContain("ANT-LAP-0042");
        (await EventCount()).ShouldBe(before);

        var registered = await coordinator.SubmitAsync("/console/loans", "Register", ("kind", "phone"), ("identifier", "ANT-PHO-0001"), ("condition", "fair"), ("note", "Écran fêlé"));
        registered.Status.ShouldBe(HttpStatusCode.Redirect, registered.Text);
        var phone = Guid.Parse(registered.Location!.Split('/')[^1].Split('?')[0]);
        (await Stream(phone)).Single().Data.ShouldBeOfType<DeviceRegistered>()
            .ShouldSatisfyAllConditions(e => e.Kind.ShouldBe(DeviceKind.Phone), e => e.Identifier.ShouldBe("ANT-PHO-0001"), e => e.Condition.ShouldBe(DeviceCondition.Fair));

        var repaired = await coordinator.SubmitAsync($"/console/devices/{phone}", "Condition", ("condition", "good"), ("note", "Écran remplacé"));
        repaired.Status.ShouldBe(HttpStatusCode.Redirect, repaired.Text);
        (await Stream(phone)).Last().Data.ShouldBeOfType<DeviceConditionRecorded>().ShouldSatisfyAllConditions(
            e => e.Condition.ShouldBe(DeviceCondition.Good), e => e.Note.ShouldBe("Écran remplacé"));

        before = await EventCount();
        var amina = await As(CaseScene.Facilitator);
        var inventory = await amina.GetAsync("/console/loans");
        inventory.Document.QuerySelector("#register-device").ShouldBeNull();
        (await amina.GetAsync($"/console/devices/{phone}")).Document.QuerySelector("#condition").ShouldBeNull();
        var token = (await amina.GetAsync($"/console/groups/{scene.Cases.Group}/loans")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        (await amina.PostAsync("/console/loans?handler=Register", ("kind", "phone"), ("identifier", "ANT-PHO-0002"), ("condition", "good"), ("__RequestVerificationToken", token)))
            .Status.ShouldBe(HttpStatusCode.Forbidden);
        (await amina.PostAsync($"/console/devices/{phone}?handler=Condition", ("condition", "broken"), ("__RequestVerificationToken", token)))
            .Status.ShouldBe(HttpStatusCode.Forbidden);
        (await coordinator.SubmitAsync($"/console/devices/{phone}", "Condition", ("condition", "broken"))).Status.ShouldBe(HttpStatusCode.Redirect);
        before++;
        var coordinatorToken = (await coordinator.GetAsync("/console/loans")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        (await coordinator.PostAsync($"/console/devices/{elsewhere.Laptop}?handler=Condition", ("condition", "broken"), ("__RequestVerificationToken", coordinatorToken)))
            .Status.ShouldBe(HttpStatusCode.NotFound);
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_loan_is_extended_on_the_devices_page_and_an_impossible_or_earlier_due_date_is_refused_beside_it()
    {
        var scene = await LoanScene.SetUp(Host, Coordinator());
        await Host.SendAsync(Coordinator(), $"/api/devices/{scene.Laptop}/lend", LoanScene.To(scene.Samira));
        var amina = await As(CaseScene.Facilitator);
        var page = $"/console/devices/{scene.Laptop}";
        (await amina.GetAsync(page)).Document.QuerySelector("#extend #f-until")!.GetAttribute("value").ShouldBe(Iso(ApiFixture.Today.AddDays(30)));
        var before = await EventCount();

        var impossible = await amina.SubmitAsync(page, "Extend", ("until", "2027-02-29"));
        impossible.Status.ShouldBe(HttpStatusCode.BadRequest);
        impossible.ErrorOf("until").ShouldBe("This date does not exist: write a day of the calendar, such as 24/11/2026.");
        (await amina.SubmitAsync(page, "Extend", ("until", Iso(ApiFixture.Today.AddDays(10))))).ErrorOf("until").ShouldNotBeNull();
        (await EventCount()).ShouldBe(before);

        var extended = await amina.SubmitAsync(page, "Extend", ("until", Iso(ApiFixture.Today.AddDays(60))));
        extended.Status.ShouldBe(HttpStatusCode.Redirect, extended.Text);
        (await Stream(scene.Laptop)).Last().Data.ShouldBeOfType<LoanExtended>().Until.ShouldBe(ApiFixture.Today.AddDays(60));
    }

    [Fact]
    public async Task A_coordinator_retires_a_device_from_a_confirmation_page_of_its_own_and_a_facilitator_or_another_organisation_may_not()
    {
        var scene = await LoanScene.SetUp(Host, Coordinator());
        var coordinator = await As("coordinator-1", Security.CoordinatorRole);
        var confirm = $"/console/organisation/settings/confirm/retire-device/{scene.Laptop}";
        (await coordinator.GetAsync($"/console/devices/{scene.Laptop}")).Document.QuerySelector("#retire-device")!.GetAttribute("href").ShouldBe(confirm);
        var before = await EventCount();

        var amina = await As(CaseScene.Facilitator);
        (await amina.GetAsync($"/console/devices/{scene.Laptop}")).Document.QuerySelector("#retire-device").ShouldBeNull();
        (await amina.GetAsync(confirm)).Status.ShouldBe(HttpStatusCode.Forbidden);
        var elsewhere = await As("coordinator-1", Security.CoordinatorRole, OrgB);
        (await elsewhere.GetAsync(confirm)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await EventCount()).ShouldBe(before);

        var retired = await coordinator.SubmitAsync(confirm, ("reason", "Écran cassé"));
        retired.Location.ShouldBe($"/console/devices/{scene.Laptop}?saved=true#message");
        (await Stream(scene.Laptop)).Last().Data.ShouldBeOfType<DeviceRetired>().Reason.ShouldBe("Écran cassé");
        (await coordinator.GetAsync($"/console/devices/{scene.Laptop}")).Document.QuerySelector("#retire-device").ShouldBeNull();
    }
}
