using Alba;
using LivingLibrary.Api.Loans;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Loans;

namespace LivingLibrary.Api.Tests.Loans;

/// <summary>Lending devices to participants and drop-in visitors, their return, the overdue list, and who sees whom.</summary>
public sealed class LoanTests(ApiFixture fixture) : ApiTest(fixture)
{
    private string Amina() => Facilitator(CaseScene.Facilitator);
    private string Karim() => Facilitator(CaseScene.DeskWorker);
    private string Stranger() => Facilitator(LoanScene.Stranger);

    private async Task Refused(string token, string url, object body, int status)
    {
        var before = await EventCount();
        await Send(token, s =>
        {
            s.Post.Json(body).ToUrl(url);
            s.StatusCodeShouldBe(status);
        });
        (await EventCount()).ShouldBe(before, url);
    }

    [Fact]
    public async Task A_facilitator_lends_a_device_to_a_participant_of_their_group_and_the_loan_is_on_the_devices_stream()
    {
        var scene = await LoanScene.SetUp(Host, Coordinator());

        var answer = await Host.SendAsync(Amina(), $"/api/devices/{scene.Laptop}/lend", LoanScene.To(scene.Samira));

        var lent = (await Stream(scene.Laptop)).Last().Data.ShouldBeOfType<DeviceLent>();
        lent.ShouldSatisfyAllConditions(
            l => l.LoanId.ShouldBe(answer.CreatedId!.Value),
            l => l.Borrower.ShouldBe(new Borrower(BorrowerKind.Participant, scene.Samira, scene.Cases.Group, null)),
            l => (l.From, l.Until, l.DepositCents).ShouldBe((ApiFixture.Today, ApiFixture.Today.AddDays(30), 2_000)),
            l => l.Agreement.ShouldBe(new Agreement("pret-2026-fr", ApiFixture.Today)));
        answer.Version.ShouldBe(2);
        var device = await Host.GetAsync<DeviceView>(Amina(), $"/api/devices/{scene.Laptop}");
        device.State.ShouldBe(DeviceState.Lent);
        device.Loans.Single().Borrower.ShouldBe(new BorrowerView(BorrowerKind.Participant, scene.Samira, "Samira"));
        (await Host.GetAsync<IReadOnlyList<DeviceSummary>>(Amina(), "/api/devices?state=lent")).Single().Id.ShouldBe(scene.Laptop);
        (await Host.GetAsync<IReadOnlyList<DeviceSummary>>(Amina(), "/api/devices?state=available")).Single().Id.ShouldBe(scene.Tablet);
    }

    [Fact]
    public async Task The_desks_staff_lend_to_a_visitor_by_their_visitor_id_and_nobody_else_may_reach_the_visitor()
    {
        var scene = await LoanScene.SetUp(Host, Coordinator());
        await Refused(Amina(), $"/api/devices/{scene.Tablet}/lend", LoanScene.ToVisitor(scene.VisitorId), 404);

        await Host.SendAsync(Karim(), $"/api/devices/{scene.Tablet}/lend", LoanScene.ToVisitor(scene.VisitorId));

        (await Stream(scene.Tablet)).Last().Data.ShouldBeOfType<DeviceLent>().Borrower
            .ShouldBe(new Borrower(BorrowerKind.Visitor, scene.VisitorId, null, scene.Cases.Desk));
        var loans = await Host.GetAsync<IReadOnlyList<BorrowerLoan>>(Karim(), $"/api/visitors/{scene.VisitorId}/loans");
        loans.Single().ShouldSatisfyAllConditions(l => l.DeviceId.ShouldBe(scene.Tablet), l => l.Loan.Borrower!.Name.ShouldBe("Madame R."));
        foreach (var token in new[] { Amina(), Coordinator(OrgB) })
            await Send(token, s =>
            {
                s.Get.Url($"/api/visitors/{scene.VisitorId}/loans");
                s.StatusCodeShouldBe(404);
            });
        await Refused(Karim(), $"/api/devices/{scene.Laptop}/lend", LoanScene.ToVisitor(Guid.NewGuid()), 404);
    }

    [Fact]
    public async Task Lending_a_device_already_lent_retired_or_to_someone_who_left_is_409_and_appends_nothing()
    {
        var scene = await LoanScene.SetUp(Host, Coordinator());
        await Host.SendAsync(Amina(), $"/api/devices/{scene.Laptop}/lend", LoanScene.To(scene.Samira));

        await Refused(Amina(), $"/api/devices/{scene.Laptop}/lend", LoanScene.To(scene.Cases.Jean), 409);
        await Host.SendAsync(Coordinator(), $"/api/devices/{scene.Tablet}/retire", new RetireDevice(null));
        await Refused(Amina(), $"/api/devices/{scene.Tablet}/lend", LoanScene.To(scene.Cases.Jean), 409);
        await Refused(Coordinator(), $"/api/devices/{scene.Laptop}/retire", new RetireDevice(null), 409);
        var other = await Host.CreateAsync(Coordinator(), "/api/devices", LoanScene.Device("ANT-LAP-0043"));
        await Host.SendAsync(Amina(), $"/api/participants/{scene.Cases.Jean}/leave", new { reason = "Déménagé" });
        await Refused(Amina(), $"/api/devices/{other}/lend", LoanScene.To(scene.Cases.Jean), 409);
    }

    [Fact]
    public async Task Two_lends_of_one_device_at_once_end_in_one_loan_and_one_409()
    {
        var scene = await LoanScene.SetUp(Host, Coordinator());

        var attempts = await Task.WhenAll(new[] { scene.Samira, scene.Cases.Jean }.Select(person => Host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {Amina()}");
            s.Post.Json(LoanScene.To(person)).ToUrl($"/api/devices/{scene.Laptop}/lend");
            s.IgnoreStatusCode();
        })));

        attempts.Select(a => a.Context.Response.StatusCode).Order().ShouldBe([200, 409]);
        (await Stream(scene.Laptop)).Count(e => e.Data is DeviceLent).ShouldBe(1);
    }

    [Fact]
    public async Task A_loan_with_fields_at_fault_is_400_with_those_fields()
    {
        var scene = await LoanScene.SetUp(Host, Coordinator());
        var before = await EventCount();

        var result = await Send(Amina(), s =>
        {
            s.Post.Json(new LendDevice(scene.Samira, null, ApiFixture.Today.AddDays(1), ApiFixture.Today, -5, new SignedAgreement("", null)))
                .ToUrl($"/api/devices/{scene.Laptop}/lend");
            s.StatusCodeShouldBe(400);
        });

        (await result.ReadAsJsonAsync<ValidationProblem>())!.Errors.Keys
            .ShouldBe(["from", "until", "depositCents", "agreement.notice", "agreement.signedOn"], ignoreOrder: true);
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Lending_to_someone_the_caller_may_not_see_or_a_device_of_another_organisation_is_404()
    {
        var scene = await LoanScene.SetUp(Host, Coordinator());

        await Refused(Stranger(), $"/api/devices/{scene.Laptop}/lend", LoanScene.To(scene.Samira), 404);
        await Refused(Karim(), $"/api/devices/{scene.Laptop}/lend", LoanScene.To(scene.Samira), 404);
        await Refused(Coordinator(OrgB), $"/api/devices/{scene.Laptop}/lend", LoanScene.To(scene.Samira), 404);
        await Refused(Amina(), $"/api/devices/{scene.Laptop}/lend", LoanScene.To(Guid.NewGuid()), 404);
    }

    [Fact]
    public async Task A_loan_is_extended_and_returned_by_whoever_may_see_the_borrower_and_other_staff_get_403()
    {
        var scene = await LoanScene.SetUp(Host, Coordinator());
        var loan = (await Host.SendAsync(Amina(), $"/api/devices/{scene.Laptop}/lend", LoanScene.To(scene.Samira))).CreatedId!.Value;

        await Refused(Stranger(), $"/api/devices/{scene.Laptop}/extend", new ExtendLoan(ApiFixture.Today.AddDays(60)), 403);
        await Refused(Stranger(), $"/api/devices/{scene.Laptop}/return", LoanScene.Back(), 403);
        await Refused(Amina(), $"/api/devices/{scene.Laptop}/extend", new ExtendLoan(ApiFixture.Today), 400);

        await Host.SendAsync(Amina(), $"/api/devices/{scene.Laptop}/extend", new ExtendLoan(ApiFixture.Today.AddDays(60)));
        (await Stream(scene.Laptop)).Last().Data.ShouldBe(new LoanExtended(scene.Laptop, loan, ApiFixture.Today.AddDays(60), ApiFixture.Today));
        await Refused(Amina(), $"/api/devices/{scene.Laptop}/return", new ReturnDevice(null, DeviceCondition.Fair, null, null), 400); // the deposit?
        await Host.SendAsync(Amina(), $"/api/devices/{scene.Laptop}/return", LoanScene.Back(DeviceCondition.Broken));
        (await Stream(scene.Laptop)).Last().Data.ShouldBe(new DeviceReturned(scene.Laptop, loan, ApiFixture.Today, DeviceCondition.Broken, true, "Clavier un peu usé"));

        await Refused(Amina(), $"/api/devices/{scene.Laptop}/return", LoanScene.Back(), 409);
        await Refused(Amina(), $"/api/devices/{scene.Laptop}/lend", LoanScene.To(scene.Samira), 409); // broken
        (await Host.GetAsync<IReadOnlyList<DeviceSummary>>(Amina(), "/api/devices?state=broken")).Single().Id.ShouldBe(scene.Laptop);
        await Host.SendAsync(Coordinator(), $"/api/devices/{scene.Laptop}/condition", new RecordDeviceCondition(DeviceCondition.Good, "Clavier remplacé"));
        await Host.SendAsync(Amina(), $"/api/devices/{scene.Laptop}/lend", LoanScene.To(scene.Samira));
        (await Host.GetAsync<DeviceView>(Amina(), $"/api/devices/{scene.Laptop}")).Loans.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Borrowers_and_the_notes_of_returns_are_shown_only_to_those_who_may_see_the_borrower()
    {
        var scene = await LoanScene.SetUp(Host, Coordinator());
        await Host.SendAsync(Amina(), $"/api/devices/{scene.Laptop}/lend", LoanScene.To(scene.Samira, ApiFixture.Today.AddDays(-20), ApiFixture.Today.AddDays(-10)));
        await Host.SendAsync(Amina(), $"/api/devices/{scene.Laptop}/return", LoanScene.Back() with { On = ApiFixture.Today.AddDays(-2) });
        await Host.SendAsync(Amina(), $"/api/devices/{scene.Laptop}/lend", LoanScene.To(scene.Samira, ApiFixture.Today.AddDays(-1), ApiFixture.Today.AddDays(20)));

        var seen = await Host.GetAsync<DeviceView>(Coordinator(), $"/api/devices/{scene.Laptop}");
        var unseen = await Host.GetAsync<DeviceView>(Stranger(), $"/api/devices/{scene.Laptop}");
        var inventory = await Host.GetAsync<IReadOnlyList<DeviceSummary>>(Stranger(), "/api/devices");

        seen.Loans.Select(l => l.Borrower?.Name).ShouldBe(["Samira", "Samira"]);
        seen.Loans[1].Return!.Note.ShouldBe("Clavier un peu usé");
        unseen.Loans.ShouldAllBe(l => l.Borrower == null);
        unseen.Loans[1].Return!.ShouldSatisfyAllConditions(r => r.Note.ShouldBeNull(), r => r.Condition.ShouldBe(DeviceCondition.Good));
        inventory.Single(d => d.Id == scene.Laptop).Loan!.ShouldSatisfyAllConditions(l => l.Borrower.ShouldBeNull(), l => l.Until.ShouldBe(ApiFixture.Today.AddDays(20)));
        var raw = await (await Send(Stranger(), s => s.Get.Url($"/api/devices/{scene.Laptop}"))).ReadAsTextAsync();
        raw.ShouldNotContain(scene.Samira.ToString());
    }

    [Fact]
    public async Task The_overdue_list_shows_loans_past_their_due_date_and_not_back_the_longest_overdue_first()
    {
        var scene = await LoanScene.SetUp(Host, Coordinator());
        var today = ApiFixture.Today; // 2026-11-24
        var third = await Host.CreateAsync(Coordinator(), "/api/devices", LoanScene.Device("ANT-LAP-0044"));
        var fourth = await Host.CreateAsync(Coordinator(), "/api/devices", LoanScene.Device("ANT-HOT-0001", DeviceKind.MobileHotspot));
        await Host.SendAsync(Amina(), $"/api/devices/{scene.Laptop}/lend", LoanScene.To(scene.Samira, new(2026, 10, 20), new(2026, 11, 20)));
        await Host.SendAsync(Karim(), $"/api/devices/{scene.Tablet}/lend", LoanScene.ToVisitor(scene.VisitorId) with
        {
            From = new(2026, 10, 1), Until = new(2026, 11, 10), Agreement = new("pret-2026-nl", new(2026, 10, 1)),
        });
        await Host.SendAsync(Amina(), $"/api/devices/{third}/lend", LoanScene.To(scene.Cases.Jean, new(2026, 11, 1), today)); // due today: not late yet
        await Host.SendAsync(Amina(), $"/api/devices/{fourth}/lend", LoanScene.To(scene.Cases.Jean, new(2026, 10, 1), new(2026, 11, 1)));
        await Host.SendAsync(Amina(), $"/api/devices/{fourth}/return", LoanScene.Back() with { On = new(2026, 11, 15) }); // late, but back

        var overdue = await Host.GetAsync<IReadOnlyList<OverdueLoan>>(Coordinator(), "/api/loans/overdue");

        overdue.Select(o => (o.Identifier, o.DaysOverdue)).ShouldBe([("ANT-TAB-0007", 14), ("ANT-LAP-0042", 4)]);
        overdue.ShouldAllBe(o => o.Loan.Overdue);
        overdue[0].Loan.Borrower!.Name.ShouldBe("Madame R.");
        (await Host.GetAsync<IReadOnlyList<OverdueLoan>>(Amina(), "/api/loans/overdue")).Select(o => o.Loan.Borrower?.Name).ShouldBe([null, "Samira"]);
        (await Host.GetAsync<IReadOnlyList<DeviceSummary>>(Amina(), "/api/devices?state=overdue")).Select(d => d.Identifier)
            .ShouldBe(["ANT-LAP-0042", "ANT-TAB-0007"], ignoreOrder: true);
        (await Host.GetAsync<IReadOnlyList<DeviceSummary>>(Amina(), "/api/devices?state=lent")).Single().Id.ShouldBe(third);
    }

    [Fact]
    public async Task A_participants_loans_are_read_by_whoever_may_reach_them_the_latest_first()
    {
        var scene = await LoanScene.SetUp(Host, Coordinator());
        await Host.SendAsync(Amina(), $"/api/devices/{scene.Tablet}/lend", LoanScene.To(scene.Samira, new(2026, 9, 1), new(2026, 10, 1)));
        await Host.SendAsync(Amina(), $"/api/devices/{scene.Tablet}/return", LoanScene.Back() with { On = new(2026, 9, 28) });
        await Host.SendAsync(Amina(), $"/api/devices/{scene.Laptop}/lend", LoanScene.To(scene.Samira));
        await Host.SendAsync(Amina(), $"/api/devices/{scene.Tablet}/lend", LoanScene.To(scene.Cases.Jean));

        var loans = await Host.GetAsync<IReadOnlyList<BorrowerLoan>>(Amina(), $"/api/participants/{scene.Samira}/loans");

        loans.Select(l => (l.Identifier, l.Loan.Return is null)).ShouldBe([("ANT-LAP-0042", true), ("ANT-TAB-0007", false)]);
        foreach (var token in new[] { Stranger(), Karim(), Coordinator(OrgB) })
            await Send(token, s =>
            {
                s.Get.Url($"/api/participants/{scene.Samira}/loans");
                s.StatusCodeShouldBe(404);
            });
    }
}
