using Alba;
using LivingLibrary.Api.Cases;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Loans;

namespace LivingLibrary.Api.Tests.Loans;

/// <summary>
/// The cases' scene (a group run by facilitator-1 with Samira and Jean, a desk staffed by it-worker-1) with a visitor
/// recorded at the desk, and two devices of the inventory: a laptop and a tablet.
/// </summary>
public sealed record LoanScene(CaseScene Cases, Guid VisitorId, Guid Laptop, Guid Tablet)
{
    public const string Stranger = "facilitator-2";

    public Guid Samira => Cases.Samira;

    public static RegisterDevice Device(string identifier = "ANT-LAP-0042", DeviceKind kind = DeviceKind.Laptop) =>
        new(kind, identifier, DeviceCondition.Good, "Chargeur inclus");

    public static LendDevice To(Guid participant, DateOnly? from = null, DateOnly? until = null, int deposit = 2_000) =>
        new(participant, null, from, until ?? ApiFixture.Today.AddDays(30), deposit, new SignedAgreement("pret-2026-fr", from ?? ApiFixture.Today));

    public static LendDevice ToVisitor(Guid visitor, DateOnly? until = null) =>
        new(null, visitor, null, until ?? ApiFixture.Today.AddDays(14), 0, new SignedAgreement("pret-2026-nl", ApiFixture.Today));

    public static ReturnDevice Back(DeviceCondition condition = DeviceCondition.Good) => new(null, condition, true, "Clavier un peu usé");

    public static async Task<LoanScene> SetUp(IAlbaHost host, string coordinator)
    {
        var cases = await CaseScene.SetUp(host, coordinator);
        var visit = await host.CreateAsync(coordinator, $"/api/desks/{cases.Desk}/requests", CaseScene.VisitorRequest() with { Pseudonym = "Madame R." });
        var visitor = (await host.GetAsync<CaseView>(coordinator, $"/api/cases/{visit}")).Case.Visitor!.VisitorId;
        var laptop = await host.CreateAsync(coordinator, "/api/devices", Device());
        var tablet = await host.CreateAsync(coordinator, "/api/devices", Device("ANT-TAB-0007", DeviceKind.Tablet));
        return new LoanScene(cases, visitor, laptop, tablet);
    }
}
