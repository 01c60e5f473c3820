namespace LivingLibrary.Api.Demo;

/// <summary>
/// The demo organisation's devices: two laptops, a tablet, a mobile hotspot and a broken phone. Elena's laptop is
/// overdue since 17 November (she wanted a computer to practise at home); the tablet is out with a visitor of the
/// Molenbeek desk; Jean brought the hotspot back on time. The loans carry their own dates, whenever the demo is loaded.
/// </summary>
public static class DemoLoans
{
    public static Guid DeviceId(int n) => Guid.Parse($"0194f2a0-de70-7000-8000-{n:D12}");
    private static Guid LoanId(int n) => Guid.Parse($"0194f2a0-de71-7000-8000-{n:D12}");

    private static readonly DateOnly Registered = new(2026, 9, 1);

    public static IEnumerable<(Guid Id, Type Aggregate, object[] Events)> Streams()
    {
        var elena = new Borrower(BorrowerKind.Participant, DemoData.ParticipantId(5), DemoData.GroupId, null);
        var jean = new Borrower(BorrowerKind.Participant, DemoData.ParticipantId(2), DemoData.GroupId, null);
        var visitor = new Borrower(BorrowerKind.Visitor, DemoCases.VisitorId(3), null, DemoCases.DeskId);

        yield return (DeviceId(1), typeof(Device), [
            new DeviceRegistered(DeviceId(1), DeviceKind.Laptop, "LGE-LAP-001", DeviceCondition.Good, "Chargeur et housse", Registered),
            new DeviceLent(DeviceId(1), LoanId(1), elena, new DateOnly(2026, 10, 6), new DateOnly(2026, 11, 17), 2_500,
                new Agreement("pret-2026-fr", new DateOnly(2026, 10, 6))),
        ]);
        yield return (DeviceId(2), typeof(Device), [
            new DeviceRegistered(DeviceId(2), DeviceKind.Laptop, "LGE-LAP-002", DeviceCondition.Fair, "Batterie : 2 heures", Registered),
        ]);
        yield return (DeviceId(3), typeof(Device), [
            new DeviceRegistered(DeviceId(3), DeviceKind.Tablet, "LGE-TAB-001", DeviceCondition.Good, null, Registered),
            new DeviceLent(DeviceId(3), LoanId(3), visitor, new DateOnly(2026, 11, 18), new DateOnly(2026, 12, 16), 0,
                new Agreement("pret-2026-fr", new DateOnly(2026, 11, 18))),
        ]);
        yield return (DeviceId(4), typeof(Device), [
            new DeviceRegistered(DeviceId(4), DeviceKind.MobileHotspot, "LGE-HOT-001", DeviceCondition.Good, "Abonnement 20 Go par mois", Registered),
            new DeviceLent(DeviceId(4), LoanId(4), jean, new DateOnly(2026, 10, 13), new DateOnly(2026, 11, 10), 1_000,
                new Agreement("pret-2026-fr", new DateOnly(2026, 10, 13))),
            new DeviceReturned(DeviceId(4), LoanId(4), new DateOnly(2026, 11, 10), DeviceCondition.Good, true, null),
        ]);
        yield return (DeviceId(5), typeof(Device), [
            new DeviceRegistered(DeviceId(5), DeviceKind.Phone, "LGE-TEL-001", DeviceCondition.Broken, "Écran cassé, en attente de réparation", Registered),
        ]);
    }
}
