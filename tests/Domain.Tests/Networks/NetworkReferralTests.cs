using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.DropIns;
using LivingLibrary.Domain.Networks;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Domain.Referral;

namespace LivingLibrary.Domain.Tests.Networks;

/// <summary>A referral between members of a network (docs/adr/0033): only what the person agreed to crosses; each answer guards its state.</summary>
public sealed class NetworkReferralTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly Guid NetworkId = Guid.Parse("00000000-0000-0000-0000-0000000000e1");
    private static readonly Guid DeskId = Guid.Parse("00000000-0000-0000-0000-0000000000d1");
    private static readonly Caller Sender = new("it-worker-1", "org-a", Role.Facilitator);
    private static readonly GivenConsent Agreed = new("referral-notice", Today);

    private static readonly Network Members = Network.Create(new NetworkFounded(NetworkId, "Réseau", "org-a", Today))
        .Apply(new OrganisationInvited(NetworkId, "org-b", "org-a")).Apply(new OrganisationJoined(NetworkId, "org-b", Today));

    private static readonly DropInDesk Desk = DropInDesk.Create(new DropInDeskOpened(DeskId, "Permanence", "Bibliothèque", [], ["fr"]));

    private static readonly ProblemCase Visit = ProblemCase.Create(new DropInRequestRecorded(Guid.NewGuid(), Guid.NewGuid(), Today,
        new Visitor(Guid.NewGuid(), ["fr", "ar"], "Madame Z", "1080", "0470 11 22 33", new Consent("notice", Today)),
        new CaseDetails("Déclarer mes impôts", "myminfin", "forms-and-documents", [], Urgency.Normal, null)));

    private static (Decision OnCase, Decision OnReferral) Refer(IReadOnlyList<PassedOn> passOn, Network? network = null, DropInDesk? desk = null,
        ProblemCase? problem = null, string member = "org-b") =>
        new ReferCaseToMember(NetworkId, member, DeskId, passOn, Agreed)
            .Decide(problem ?? Visit, network ?? Members, Sender, desk ?? Desk, null, Guid.NewGuid(), Guid.NewGuid(), Today);

    [Fact]
    public void Only_what_the_person_agreed_to_is_passed_on_with_the_cases_codes()
    {
        var (onCase, onReferral) = Refer([PassedOn.Languages, PassedOn.Name]);

        onCase.Events.Single().ShouldBeOfType<CaseReferredToMember>().PassedOn.ShouldBe([PassedOn.Name, PassedOn.Languages]);
        var received = onReferral.Events.Single().ShouldBeOfType<ReferralReceived>();
        (received.Passed.Name, received.Passed.Contact, received.Passed.Problem).ShouldBe(("Madame Z", null, null));
        received.Passed.Languages.ShouldBe(["fr", "ar"]);
        (received.FromOrganisation, received.Service, received.Difficulty).ShouldBe(("org-a", "myminfin", "forms-and-documents"));
        received.VisitorId.ShouldNotBe(Visit.Visitor!.VisitorId);

        var nothing = Refer([]).OnReferral.Events.Single().ShouldBeOfType<ReferralReceived>().Passed;
        (nothing.Name, nothing.Contact, nothing.Problem, nothing.Languages.Count).ShouldBe((null, null, null, 0));
    }

    [Fact]
    public void Referring_outside_the_network_to_itself_to_a_closed_desk_or_a_case_not_open_is_refused_on_both_streams()
    {
        var left = Members.Apply(new OrganisationLeftNetwork(NetworkId, "org-a", Today));
        var cases = new[]
        {
            (Refer([], network: left), RefusalKind.NotFound),
            (Refer([], member: "org-a"), RefusalKind.Conflict),
            (Refer([], member: "org-z"), RefusalKind.Conflict),
            (Refer([], desk: Desk.Apply(new DropInDeskClosed(DeskId, null))), RefusalKind.Conflict),
            (Refer([], problem: Visit.Apply(new CaseClosed(Visit.Id, "x", Today))), RefusalKind.Conflict),
            (new ReferCaseToMember(NetworkId, "org-b", DeskId, [], null).Decide(Visit, Members, Sender, Desk, null, Guid.NewGuid(), Guid.NewGuid(), Today),
                RefusalKind.Invalid),
        };
        foreach (var ((onCase, onReferral), kind) in cases)
        {
            onCase.Refusal!.Kind.ShouldBe(kind);
            onReferral.Events.ShouldBeEmpty();
        }
    }

    [Fact]
    public void A_referral_is_accepted_then_its_outcome_recorded_and_a_declined_one_takes_no_outcome()
    {
        var received = NetworkReferral.Create(Refer([]).OnReferral.Events.Single().ShouldBeOfType<ReferralReceived>());

        new RecordReferralOutcome(ReferralResult.Helped, null).Decide(received, Today).Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        var accepted = received.Apply(AcceptReferral.Decide(received, Today).Events.Single().ShouldBeOfType<ReferralAccepted>());
        AcceptReferral.Decide(accepted, Today).ShouldBe(Decision.Nothing);
        new DeclineReferral(DeclineReason.NoCapacity, null).Decide(accepted, Today).Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        var done = accepted.Apply(new RecordReferralOutcome(ReferralResult.Helped, " ").Decide(accepted, Today).Events.Single().ShouldBeOfType<ReferralOutcomeRecorded>());
        new RecordReferralOutcome(ReferralResult.Helped, null).Decide(done, Today).ShouldBe(Decision.Nothing);

        var declined = received.Apply(new DeclineReferral(DeclineReason.TooFar, "Trop loin").Decide(received, Today).Events.Single().ShouldBeOfType<ReferralDeclined>());
        (declined.Status, declined.DeclineReason, declined.DeclineNote).ShouldBe((ReferralStatus.Declined, (DeclineReason?)DeclineReason.TooFar, "Trop loin"));
        AcceptReferral.Decide(declined, Today).Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        new DeclineReferral(null, null).Decide(received, Today).Refusal!.Kind.ShouldBe(RefusalKind.Invalid);
    }

    [Fact]
    public void A_case_referred_to_a_member_takes_no_follow_up_of_its_own()
    {
        var referred = Visit.Apply(Refer([]).OnCase.Events.Single().ShouldBeOfType<CaseReferredToMember>());

        referred.Status.ShouldBe(CaseStatus.Referred);
        new FollowUpReferral(ReferralOutcome.Helped, null).Decide(referred, Today).Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
    }

    [Fact]
    public void A_members_desk_is_suggested_beside_the_partners_when_it_speaks_the_persons_language()
    {
        var partner = Partner.Create(new PartnerListed(Guid.NewGuid(), new PartnerDetails("EPN", PartnerKind.Association, ["myminfin"], [], ["nl"], [], null, null, null)));
        var where = new SuggestedMember(NetworkId, "org-b", DeskId);
        var desks = new[] { new MemberDesk(where, "Permanence (org-b)", [], ["ar"], []), new MemberDesk(where with { DeskId = Guid.NewGuid() }, "Muette", [], ["de"], []) };

        var suggested = PartnerSuggestions.For(Visit.Details, ["fr", "ar"], null, [partner], desks);

        suggested.Select(s => (s.PartnerId, s.Member, s.Score)).ShouldBe([(partner.Id, null, PartnerSuggestions.ServiceWeight), (null, where, PartnerSuggestions.LanguageWeight)]);
    }
}
