using LivingLibrary.Api.Observatory;

namespace LivingLibrary.Api.Demo;

/// <summary>
/// The demo's network (seed 002): a second organisation, the public digital space of Liège-Nord with a drop-in desk,
/// in a network with the demo organisation; three months of drop-in requests at both desks, enough for an observatory
/// where some cells are suppressed; and a demand to itsme built on it. Fixed ids and a fixed seed, like the rest.
/// </summary>
public static class DemoNetwork
{
    public const string SecondOrganisation = "demo-nord";
    public const string SecondCoordinatorId = "demo-nord-coordinator";
    public const string NetworkCoordinatorId = "demo-network-coordinator";
    public static readonly Guid NetworkId = Guid.Parse("0194f2a0-de80-7000-8000-000000000001");
    public static readonly Guid SecondDeskId = Guid.Parse("0194f2a0-de80-7000-8000-000000000002");
    public static readonly Guid AdvocacyPointId = Guid.Parse("0194f2a0-de80-7000-8000-000000000003");
    public static readonly Guid SecondPartnerId = Guid.Parse("0194f2a0-de80-7000-8000-000000000004");
    public static readonly Guid ReferralId = Guid.Parse("0194f2a0-de80-7000-8000-000000000005");
    public static readonly Guid ReferredVisitorId = Guid.Parse("0194f2a0-de80-7000-8000-000000000006");

    // The difficulties people bring, weighted; itsme without a Belgian bank card is the one carried to the provider.
    private static readonly (string Service, string Difficulty, int Weight, int ReferredIn10)[] Mix =
    [
        ("itsme", "login-and-identity", 9, 6), ("myminfin", "forms-and-documents", 5, 2), ("bank", "paying", 5, 1),
        ("energy-supplier", "paying", 3, 2), ("cpas-ocmw", "forms-and-documents", 3, 6), ("bank", "security-and-scams", 2, 4),
        ("water-supplier", "paying", 2, 1), ("commune", "appointments", 2, 0), ("mypension", "login-and-identity", 1, 3),
    ];

    public static async Task<bool> LoadAsync(IDocumentStore store, CancellationToken cancellation = default)
    {
        var added = false;
        await using (var nord = store.LightweightSession(SecondOrganisation))
        {
            nord.LastModifiedBy = SecondCoordinatorId;
            nord.CorrelationId = "demo-data";
            if (await nord.Events.FetchStreamStateAsync(SecondDeskId, cancellation) is null)
            {
                nord.Events.StartStream<DropInDesk>(SecondDeskId,
                    new DropInDeskOpened(SecondDeskId, "EPN de Liège-Nord", "Maison de quartier, rue Saint-Léonard",
                        [new WeeklyHours(DayOfWeek.Thursday, new TimeOnly(13, 30), new TimeOnly(16, 30))], ["fr", "ar", "tr"]),
                    new DeskStaffAssigned(SecondDeskId, "demo-nord-it-worker", "Sofia (EPN)"));
                nord.Events.StartStream<Partner>(SecondPartnerId, new PartnerListed(SecondPartnerId, new PartnerDetails("CPAS de Liège, antenne Nord",
                    PartnerKind.SocialServices, ["cpas-ocmw", "itsme", "myminfin"], ["login-and-identity", "forms-and-documents"], ["fr"], ["4000"],
                    "04 000 00 09", "Lundi à vendredi 8h30-12h", null)));
                Requests(nord, SecondDeskId, "de74", 45, seed: 2, SecondPartnerId, "demo-nord-it-worker");
                added = true;
            }
            await nord.SaveChangesAsync(cancellation);
        }
        await using (var demo = store.LightweightSession(DemoData.Organisation))
        {
            demo.LastModifiedBy = DemoData.CoordinatorId;
            demo.CorrelationId = "demo-data";
            if (await demo.Events.FetchStreamStateAsync(Id("de73", 1), cancellation) is null)
            {
                Requests(demo, DemoCases.DeskId, "de73", 70, seed: 1, DemoCases.EpnPartner, DemoCases.DeskWorkerId);
                added = true;
            }
            var network = Network.TenantOf(NetworkId);
            if (await demo.ForTenant(network).Events.FetchStreamStateAsync(NetworkId, cancellation) is null)
            {
                demo.ForTenant(network).Events.StartStream<Network>(NetworkId,
                    new NetworkFounded(NetworkId, "Réseau liégeois d'inclusion numérique", DemoData.Organisation, new DateOnly(2026, 9, 1)),
                    new OrganisationInvited(NetworkId, SecondOrganisation, DemoData.Organisation),
                    new OrganisationJoined(NetworkId, SecondOrganisation, new DateOnly(2026, 9, 3)),
                    new NetworkCoordinatorAppointed(NetworkId, NetworkCoordinatorId, "Claire (coordination du réseau)"));
                added = true;
            }
            if (await demo.Events.FetchStreamStateAsync(ReferralId, cancellation) is null)
            {
                // Someone demo-nord referred to the demo's desk with their languages only, accepted (docs/adr/0033). The demo keeps
                // the receiving side: demo-nord's cases stay as they are, so its figures do not move.
                demo.Events.StartStream<NetworkReferral>(ReferralId,
                    new ReferralReceived(ReferralId, NetworkId, SecondOrganisation, DemoCases.DeskId, ReferredVisitorId, "itsme", "login-and-identity",
                        new PassedDetails(null, null, null, ["ar"]), new Consent("notice-2026-fr", new DateOnly(2026, 11, 12)), new DateOnly(2026, 11, 12)),
                    new ReferralAccepted(ReferralId, new DateOnly(2026, 11, 13)));
                added = true;
            }
            await demo.SaveChangesAsync(cancellation);
        }
        await using (var demo = store.LightweightSession(DemoData.Organisation))
        {
            if (await demo.Events.FetchStreamStateAsync(AdvocacyPointId, cancellation) is not null) return added;
            // Its figures are read at a cut-off after the requests above: a report-like reading of settled events.
            await Task.Delay(TimeSpan.FromSeconds(1.1), cancellation);
            var evidence = await demo.EvidenceAsync(new EvidenceRequest("itsme", "login-and-identity", "2026-09", "2026-11", null),
                DateTimeOffset.UtcNow, new DateOnly(2026, 11, 30));
            demo.Events.StartStream<AdvocacyPoint>(AdvocacyPointId,
                new AdvocacyPointDrafted(AdvocacyPointId, "Activer itsme sans carte bancaire belge",
                    "Les personnes sans carte bancaire belge (nouveaux arrivants, personnes sans compte) ne peuvent pas activer itsme et " +
                    "perdent l'accès à MyMinfin, à la mutualité et aux services communaux. Nous demandons une activation au guichet " +
                    "communal ou avec la carte d'identité seule.", evidence),
                new AdvocacyPointSent(AdvocacyPointId, "itsme (Belgian Mobile ID)", new DateOnly(2026, 11, 30)));
            await demo.SaveChangesAsync(cancellation);
            return true;
        }
    }

    /// <summary>Drop-in requests on the desk's weekday from September to November (never on the demo sheet's day), each accompanied, most resolved or referred.</summary>
    private static void Requests(IDocumentSession session, Guid deskId, string block, int count, int seed, Guid partnerId, string staffId)
    {
        var random = new Random(seed);
        var weighted = Mix.SelectMany(m => Enumerable.Repeat(m, m.Weight)).ToArray();
        for (var n = 1; n <= count; n++)
        {
            var caseId = Id(block, n);
            var (service, difficulty, _, referredIn10) = weighted[random.Next(weighted.Length)];
            var day = new DateOnly(2026, 9, 2).AddDays(7 * random.Next(12));
            if (day == new DateOnly(2026, 11, 18)) day = day.AddDays(-7);
            var visitor = new Visitor(Id(block.Replace("7", "8"), n), [random.Next(3) == 0 ? "ar" : "fr"], null, null, null, null);
            var events = new List<object>
            {
                new DropInRequestRecorded(caseId, deskId, day, visitor, new CaseDetails("Demande à la permanence", service, difficulty, [], Urgency.Normal, null)),
                new CaseAccompanied(caseId, new Accompaniment(Id(block.Replace("7", "9"), n), day, 10 + random.Next(40), Setting.OnSite, DeviceUsed.PublicComputer,
                    ProcedureProgress.PartlyDone, [staffId], [], null, null, null, [], null)),
            };
            var outcome = random.Next(10);
            if (outcome < referredIn10) events.Add(new CaseReferred(caseId, partnerId, "Orientation", day));
            else if (outcome < 9) events.Add(new CaseResolved(caseId, ["Accompagné pas à pas"], (Autonomy)random.Next(3), day));
            session.Events.StartStream<ProblemCase>(caseId, events);
        }
    }

    private static Guid Id(string block, int n) => Guid.Parse($"0194f2a0-{block}-7000-8000-{n:D12}");
}
