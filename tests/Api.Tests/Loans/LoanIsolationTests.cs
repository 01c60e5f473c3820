using Alba;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Loans;

namespace LivingLibrary.Api.Tests.Loans;

/// <summary>
/// Another organisation's coordinator gets 404 on every route of devices and loans with an id. A facilitator who may not
/// see the borrower gets 404 for the borrower (a participant of a group they do not run, a visitor of a desk they do not
/// staff) and 403 for what they see but may not do (the inventory is every staff member's). Nothing is appended.
/// </summary>
public sealed class LoanIsolationTests(ApiFixture fixture) : ApiTest(fixture)
{
    public static TheoryData<string, int> Routes() => new()
    {
        { "GET /api/devices/{device}", 200 },
        { "POST /api/devices/{device}/lend", 404 },
        { "POST /api/devices/{device}/return", 403 },
        { "POST /api/devices/{device}/extend", 403 },
        { "POST /api/devices/{device}/retire", 403 },
        { "POST /api/devices/{device}/condition", 403 },
        { "GET /api/participants/{participant}/loans", 404 },
        { "GET /api/visitors/{visitor}/loans", 404 },
        { "GET /api/participants/{participant}/export", 404 },
        { "GET /api/visitors/{visitor}/export", 404 },
    };

    [Theory, MemberData(nameof(Routes))]
    public async Task Another_organisation_gets_404_and_a_facilitator_who_may_not_see_the_borrower_gets_no_more_and_nothing_is_appended(
        string route, int stranger)
    {
        var scene = await LoanScene.SetUp(Host, Coordinator());
        await Host.SendAsync(Coordinator(), $"/api/devices/{scene.Laptop}/lend", LoanScene.To(scene.Samira));
        await Host.SendAsync(Coordinator(), $"/api/devices/{scene.Tablet}/lend", LoanScene.ToVisitor(scene.VisitorId));
        var (method, template) = (route.Split(' ')[0], route.Split(' ')[1]);
        var device = template.EndsWith("/lend", StringComparison.Ordinal) ? await Host.CreateAsync(Coordinator(), "/api/devices", LoanScene.Device("ANT-LAP-0099")) : scene.Laptop;
        var before = await EventCount();
        var url = template.Replace("{device}", device.ToString()).Replace("{participant}", scene.Samira.ToString()).Replace("{visitor}", scene.VisitorId.ToString());
        object body = url.Split('/').Last() switch
        {
            "lend" => LoanScene.To(scene.Samira),
            "return" => LoanScene.Back(),
            "extend" => new ExtendLoan(ApiFixture.Today.AddDays(90)),
            "retire" => new RetireDevice(null),
            _ => new RecordDeviceCondition(DeviceCondition.Fair, null),
        };

        foreach (var (token, status) in new[] { (Coordinator(OrgB), 404), (Facilitator(LoanScene.Stranger), stranger) })
            await Send(token, s =>
            {
                if (method == "GET") s.Get.Url(url);
                else s.Post.Json(body).ToUrl(url);
                s.StatusCodeShouldBe(status);
            });

        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Organisation_wide_lists_show_nothing_of_another_organisation()
    {
        var scene = await LoanScene.SetUp(Host, Coordinator());
        await Host.SendAsync(Coordinator(), $"/api/devices/{scene.Laptop}/lend", LoanScene.To(scene.Samira, new(2026, 10, 1), new(2026, 11, 1)));

        (await Host.GetAsync<IReadOnlyList<LivingLibrary.Api.Loans.DeviceSummary>>(Coordinator(OrgB), "/api/devices")).ShouldBeEmpty();
        (await Host.GetAsync<IReadOnlyList<LivingLibrary.Api.Loans.OverdueLoan>>(Coordinator(OrgB), "/api/loans/overdue")).ShouldBeEmpty();
        (await Host.GetAsync<IReadOnlyList<LivingLibrary.Api.Loans.OverdueLoan>>(Coordinator(), "/api/loans/overdue")).Single().DeviceId.ShouldBe(scene.Laptop);
    }
}
