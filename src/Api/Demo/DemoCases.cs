namespace LivingLibrary.Api.Demo;

/// <summary>
/// The demo organisation's cases: the Liège group's cases in every state (open, resolved, referred,
/// closed), an exchange session, a referral directory, a published knowledge entry, and a drop-in desk
/// in Molenbeek with a session's sheet. Fixed ids, like the rest of the demo.
/// </summary>
public static class DemoCases
{
    public const string DeskWorkerId = "demo-it-worker";
    public static readonly Guid DeskId = Id("de20", 1);
    public static readonly Guid SessionId = Id("de40", 1);
    public static readonly Guid EntryId = Id("de50", 1);
    public static readonly Guid CpasPartner = Id("de30", 1);
    public static readonly Guid EpnPartner = Id("de30", 2);
    public static readonly Guid SolicitorPartner = Id("de30", 3);
    public static Guid CaseId(int n) => Id("de10", n);
    public static Guid VisitorId(int n) => Id("de13", n);

    /// <summary>What Fatma's case revealed, appended to her stream when the case is added.</summary>
    public static readonly LearningNeedDeclared RevealedNeed =
        new(DemoData.ParticipantId(3), Id("de12", 1), "join-video-call", NeedPriority.Normal, null, Id("de10", 3));

    public static readonly DateOnly SessionDay = new(2026, 11, 17);
    private static readonly DateOnly DropInDay = new(2026, 11, 18);

    private static Guid Id(string block, int n) => Guid.Parse($"0194f2a0-{block}-7000-8000-{n:D12}");

    private static CaseDetails Details(string goal, string service, string difficulty, string[] skills, Urgency urgency = Urgency.Normal, DateOnly? dueOn = null) =>
        new(goal, service, difficulty, skills, urgency, dueOn);

    private static CaseAccompanied Helped(Guid caseId, int n, DateOnly on, int minutes, ProcedureProgress progress, string[] staff, Guid[] peers,
        Guid? session = null, SessionFinding? finding = null, string[]? steps = null, Setting setting = Setting.OnSite, DeviceUsed device = DeviceUsed.OwnPhone) =>
        new(caseId, new Accompaniment(Id("de11", n), on, minutes, setting, device, progress, staff, peers, session, null, finding, steps ?? [], null));

    /// <summary>Every stream of the demo's cases, by id: the loader starts those that are missing.</summary>
    public static IEnumerable<(Guid Id, Type Aggregate, object[] Events)> Streams()
    {
        var group = DemoData.GroupId;
        var (jean, fatma, elena, pierre, huseyin, jan) =
            (DemoData.ParticipantId(2), DemoData.ParticipantId(3), DemoData.ParticipantId(5), DemoData.ParticipantId(8), DemoData.ParticipantId(10), DemoData.ParticipantId(6));
        string[] amina = [DemoData.FacilitatorId];

        yield return (CpasPartner, typeof(Partner), [new PartnerListed(CpasPartner, new PartnerDetails("CPAS de Liège, antenne Saint-Léonard", PartnerKind.SocialServices,
            ["cpas-ocmw", "energy-supplier", "housing"], ["paying", "forms-and-documents"], ["fr", "ar"], ["4000", "4020"],
            "04 000 00 00", "Lundi à vendredi 8h30-12h", "Rez-de-chaussée, accessible en fauteuil"))]);
        yield return (EpnPartner, typeof(Partner), [new PartnerListed(EpnPartner, new PartnerDetails("Espace public numérique de la bibliothèque Chiroux", PartnerKind.PublicDigitalSpace,
            ["itsme", "myminfin", "ebox", "mypension"], ["login-and-identity", "no-device-or-connection", "forms-and-documents"], ["fr", "nl", "en"], ["4000"],
            "04 000 00 01", "Mardi et jeudi 13h-17h", "Ascenseur"))]);
        yield return (SolicitorPartner, typeof(Partner), [new PartnerListed(SolicitorPartner, new PartnerDetails("Aide juridique de première ligne", PartnerKind.LegalAid,
            ["bank", "webshop"], ["security-and-scams"], ["fr"], [], "04 000 00 02", "Mercredi 9h-12h", null))]);

        yield return (CaseId(1), typeof(ProblemCase), [
            new CasePosted(CaseId(1), group, jean, Details("Payer la facture d'eau avant le 5 décembre, avec le code QR", "water-supplier", "paying",
                ["pay-bill-online"], Urgency.Urgent, new DateOnly(2026, 12, 5)), new DateOnly(2026, 11, 17)),
        ]);
        yield return (CaseId(2), typeof(ProblemCase), [
            new CasePosted(CaseId(2), group, huseyin, Details("itsme ne marche plus depuis que j'ai changé de téléphone", "itsme", "login-and-identity",
                ["log-in-with-itsme"], Urgency.High), new DateOnly(2026, 11, 10)),
            Helped(CaseId(2), 1, new DateOnly(2026, 11, 10), 30, ProcedureProgress.PartlyDone, amina, [], steps: ["Réinstaller itsme", "Il manque le lecteur de carte"]),
        ]);
        yield return (CaseId(3), typeof(ProblemCase), [
            new CasePosted(CaseId(3), group, fatma, Details("Appeler mes petits-enfants en vidéo le dimanche", "messaging-social", "finding-the-way",
                ["join-video-call"]), new DateOnly(2026, 11, 3)),
            Helped(CaseId(3), 2, SessionDay, 40, ProcedureProgress.Done, [], [jan], SessionId, SessionFinding.CollectivePath,
                ["Installer WhatsApp", "Ajouter le contact", "Appuyer sur la caméra"]),
            new CaseResolved(CaseId(3), ["Installer WhatsApp", "Ajouter le numéro des petits-enfants", "Appuyer sur l'icône de la caméra"], Autonomy.DoneTogether, SessionDay),
            new CaseRevealedNeed(CaseId(3), fatma, RevealedNeed.NeedId, RevealedNeed.Skill),
        ]);
        yield return (CaseId(4), typeof(ProblemCase), [
            new CasePosted(CaseId(4), group, elena, Details("Demander une aide pour la facture d'énergie", "cpas-ocmw", "forms-and-documents", [], Urgency.High), new DateOnly(2026, 11, 10)),
            Helped(CaseId(4), 3, new DateOnly(2026, 11, 10), 20, ProcedureProgress.NotDone, amina, []),
            new CaseReferred(CaseId(4), CpasPartner, "La demande passe par l'assistante sociale du CPAS.", new DateOnly(2026, 11, 10)),
            new ReferralFollowedUp(CaseId(4), CpasPartner, ReferralOutcome.Helped, "Rendez-vous obtenu.", SessionDay),
        ]);
        yield return (CaseId(5), typeof(ProblemCase), [
            new CasePosted(CaseId(5), group, pierre, Details("Envoyer le relevé du compteur", "energy-supplier", "finding-the-way", ["send-meter-reading"]), new DateOnly(2026, 10, 20)),
            new CaseClosed(CaseId(5), "Relevé envoyé par courrier, la personne préfère le papier.", new DateOnly(2026, 11, 3)),
        ]);
        yield return (SessionId, typeof(ExchangeSession), [
            new ExchangeSessionHeld(SessionId, group, SessionDay, [fatma, jan, jean, elena, DemoData.ParticipantId(1)], "Garder le contact avec ses proches"),
        ]);
        yield return (EntryId, typeof(KnowledgeEntry), [
            new KnowledgeEntryDrafted(EntryId, CaseId(3), new KnowledgeContent("Faire un appel vidéo avec WhatsApp",
                "Une personne veut voir ses proches en vidéo mais ne trouve pas comment lancer l'appel.",
                ["Installer WhatsApp depuis le magasin d'applications", "Enregistrer le numéro du proche dans les contacts",
                    "Ouvrir la conversation et appuyer sur l'icône de la caméra"], "messaging-social", "finding-the-way", ["join-video-call"], "fr"), DemoData.FacilitatorId),
            new KnowledgeEntryReviewed(EntryId, DemoData.CoordinatorId),
            new KnowledgeEntryPublished(EntryId, new DateOnly(2026, 11, 19)),
        ]);

        yield return (DeskId, typeof(DropInDesk), [
            new DropInDeskOpened(DeskId, "Permanence numérique de Molenbeek", "Bibliothèque communale, rue Tazieaux",
                [new WeeklyHours(DayOfWeek.Wednesday, new TimeOnly(9, 30), new TimeOnly(12, 0))], ["fr", "nl", "ar"]),
            new DeskStaffAssigned(DeskId, DeskWorkerId, "Karim (EPN)"),
        ]);
        Visitor Visitor(int n, string[] languages, string? area) => new(VisitorId(n), languages, null, area, null, null);
        yield return (CaseId(11), typeof(ProblemCase), [
            new DropInRequestRecorded(CaseId(11), DeskId, DropInDay, Visitor(1, ["ar", "fr"], "1080"),
                Details("Télécharger l'avertissement-extrait de rôle", "myminfin", "login-and-identity", ["log-in-with-itsme"])),
            Helped(CaseId(11), 11, DropInDay, 25, ProcedureProgress.Done, [DeskWorkerId], [], device: DeviceUsed.PublicComputer),
            new CaseResolved(CaseId(11), ["Connexion avec itsme", "Documents > Avertissement-extrait de rôle", "Impression"], Autonomy.DoneForThem, DropInDay),
        ]);
        yield return (CaseId(12), typeof(ProblemCase), [
            new DropInRequestRecorded(CaseId(12), DeskId, DropInDay, Visitor(2, ["nl"], "1080"),
                Details("Verdachte sms van 'de bank' met een link", "bank", "security-and-scams", ["recognise-phishing"], Urgency.Urgent)),
            Helped(CaseId(12), 12, DropInDay, 15, ProcedureProgress.PartlyDone, [DeskWorkerId], []),
            new CaseReferred(CaseId(12), SolicitorPartner, "Er is al geld overgeschreven: juridisch advies nodig.", DropInDay),
        ]);
        yield return (CaseId(13), typeof(ProblemCase), [
            new DropInRequestRecorded(CaseId(13), DeskId, DropInDay, Visitor(3, ["fr"], null),
                Details("Prendre rendez-vous à la commune pour une carte d'identité", "commune", "appointments", ["book-appointment-online"])),
        ]);
    }
}
