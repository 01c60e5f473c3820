using Alba;
using LivingLibrary.Api.Cases;
using LivingLibrary.Api.Journal;
using LivingLibrary.Api.Networks;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.DropIns;
using LivingLibrary.Domain.Networks;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Domain.Privacy;
using LivingLibrary.Domain.Referral;
using Marten;

namespace LivingLibrary.Api.Tests.Networks;

/// <summary>
/// Referrals between members of a network (docs/adr/0033): org-a refers to a desk of org-b; org-c is a third member and
/// org-d is in no network. The receiving member sees only what the person agreed to pass on; both sides see the answer.
/// </summary>
public sealed class CrossMemberReferralTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string OrgC = "org-c";
    private const string OrgD = "org-d";
    private const string Pseudonym = "Madame Zoubida";
    private const string Contact = "0470 11 22 33";
    private const string Goal = "Déclarer mes impôts sur MyMinfin avant le 30";
    private static readonly GivenConsent Agreed = new("referral-notice-2026", ApiFixture.Today);

    private string DeskWorker(string organisation) => Facilitator(CaseScene.DeskWorker, organisation);

    [Fact]
    public async Task A_visitor_referred_to_a_member_reaches_its_desk_with_only_what_they_agreed_to_and_the_sender_sees_the_answer_and_outcome()
    {
        var (network, a, b) = await MembersAsync();
        var visit = await VisitAsync(a);

        var answer = await Host.SendAsync(DeskWorker(OrgA), $"/api/cases/{visit}/refer-to-member",
            new ReferCaseToMember(network, OrgB, b.Desk, [PassedOn.Name, PassedOn.Languages], Agreed));
        var referral = answer.CreatedId!.Value;

        var onCase = (await Stream(visit)).Last().Data.ShouldBeOfType<CaseReferredToMember>();
        onCase.ShouldBe(new CaseReferredToMember(visit, referral, network, OrgB, b.Desk, [PassedOn.Name, PassedOn.Languages], Agreed.Given(), ApiFixture.Today) with
        {
            PassedOn = onCase.PassedOn,
        });
        onCase.PassedOn.ShouldBe([PassedOn.Name, PassedOn.Languages]);
        var received = (await Stream(referral, OrgB)).Single().Data.ShouldBeOfType<ReferralReceived>();
        (received.Passed.Name, received.Passed.Contact, received.Passed.Problem).ShouldBe((Pseudonym, null, null));
        received.Passed.Languages.ShouldBe(["fr", "ar"]);
        (received.FromOrganisation, received.DeskId, received.Service, received.Difficulty).ShouldBe((OrgA, b.Desk, "myminfin", "forms-and-documents"));

        var queue = await Host.GetAsync<IReadOnlyList<QueuedReferral>>(DeskWorker(OrgB), $"/api/desks/{b.Desk}/referrals");
        queue.Single().ShouldBe(new QueuedReferral(referral, OrgA, ApiFixture.Today, "myminfin", "forms-and-documents", ReferralStatus.Received, null));
        var seen = await Text(DeskWorker(OrgB), $"/api/referrals/{referral}");
        seen.ShouldContain(Pseudonym);
        foreach (var absent in new[] { Contact, Goal, visit.ToString(), VisitorOf(visit) })
            seen.ShouldNotContain(absent, Case.Insensitive, "not agreed to, or the sender's own");

        await Host.SendAsync(DeskWorker(OrgB), $"/api/referrals/{referral}/accept", new { });
        await Host.SendAsync(DeskWorker(OrgB), $"/api/referrals/{referral}/outcome", new RecordReferralOutcome(ReferralResult.Helped, "Déclaration envoyée ensemble"));
        (await Stream(referral, OrgB)).Select(e => e.Data.GetType()).ShouldBe([typeof(ReferralReceived), typeof(ReferralAccepted), typeof(ReferralOutcomeRecorded)]);

        var sender = await Host.GetAsync<CaseView>(DeskWorker(OrgA), $"/api/cases/{visit}");
        sender.Case.Status.ShouldBe(CaseStatus.Referred);
        (sender.ToMember!.Status, sender.ToMember.Result, sender.ToMember.AnsweredOn, sender.ToMember.OrganisationId)
            .ShouldBe((ReferralStatus.Accepted, (ReferralResult?)ReferralResult.Helped, (DateOnly?)ApiFixture.Today, OrgB));
        (await Text(DeskWorker(OrgA), $"/api/cases/{visit}")).ShouldNotContain("Déclaration envoyée ensemble", Case.Sensitive, "the outcome's note stays with the receiver");
        (await Host.GetAsync<IReadOnlyList<QueuedReferral>>(Coordinator(OrgB), $"/api/desks/{b.Desk}/referrals")).Single().Result.ShouldBe(ReferralResult.Helped);

        // Each side journals its own reads: the receiver's of its visitor of the referral, the sender's of its case.
        var theirs = await JournalAsync(OrgB);
        theirs.ShouldContain(e => e.Read == PersonalRead.Referral && e.PersonKind == PersonKind.Visitor && e.PersonId == received.VisitorId
            && e.UserId == CaseScene.DeskWorker);
        received.VisitorId.ToString().ShouldNotBe(VisitorOf(visit), "the receiver's id for the person is its own");
        (await JournalAsync(OrgA)).ShouldContain(e => e.Read == PersonalRead.Case && e.CaseId == visit);
    }

    [Fact]
    public async Task A_participant_referred_with_their_contact_and_problem_is_declined_with_a_reason_the_sender_sees()
    {
        var (network, a, b) = await MembersAsync();
        var problem = await Host.PostCaseAsync(Coordinator(), a.Group, CaseScene.ItsmeCase(a.Samira));

        var referral = (await Host.SendAsync(Coordinator(), $"/api/cases/{problem}/refer-to-member",
            new ReferCaseToMember(network, OrgB, b.Desk, [PassedOn.Contact, PassedOn.Problem], Agreed))).CreatedId!.Value;

        var passed = (await Stream(referral, OrgB)).Single().Data.ShouldBeOfType<ReferralReceived>().Passed;
        passed.Name.ShouldBeNull();
        passed.Languages.ShouldBeEmpty();
        passed.Problem.ShouldBe(CaseScene.ItsmeCase(a.Samira).Goal);
        var seen = await Text(Coordinator(OrgB), $"/api/referrals/{referral}");
        seen.ShouldNotContain("Samira");

        await Host.SendAsync(Coordinator(OrgB), $"/api/referrals/{referral}/decline", new DeclineReferral(DeclineReason.NoCapacity, "Complet jusqu'en janvier"));
        (await Stream(referral, OrgB)).Last().Data.ShouldBe(new ReferralDeclined(referral, DeclineReason.NoCapacity, "Complet jusqu'en janvier", ApiFixture.Today));
        var before = await EventCount();
        await Refused(409, Coordinator(OrgB), $"/api/referrals/{referral}/outcome", new RecordReferralOutcome(ReferralResult.Helped, null));
        await Refused(409, Coordinator(OrgB), $"/api/referrals/{referral}/accept", new { });
        await Refused(409, Coordinator(), $"/api/cases/{problem}/referral-follow-up", new FollowUpReferral(ReferralOutcome.Helped, null));
        await Refused(400, Coordinator(OrgB), $"/api/referrals/{referral}/decline", new { reason = "tooBusy" });
        (await EventCount()).ShouldBe(before);

        var sender = (await Host.GetAsync<CaseView>(Coordinator(), $"/api/cases/{problem}")).ToMember!;
        (sender.Status, sender.DeclineReason, sender.DeclineNote, sender.Result)
            .ShouldBe((ReferralStatus.Declined, (DeclineReason?)DeclineReason.NoCapacity, "Complet jusqu'en janvier", (ReferralResult?)null));

        // Declined: the sender reopens the case and refers it elsewhere.
        await Host.SendAsync(Coordinator(), $"/api/cases/{problem}/reopen", new ReopenCase(null));
        await Host.SendAsync(Coordinator(), $"/api/cases/{problem}/refer-to-member", new ReferCaseToMember(network, OrgC, (await DeskOfAsync(OrgC)), [], Agreed));
        (await Host.GetAsync<CaseView>(Coordinator(), $"/api/cases/{problem}")).ToMember!.OrganisationId.ShouldBe(OrgC);
    }

    [Fact]
    public async Task What_is_not_allowed_is_refused_and_nothing_is_appended()
    {
        var (network, a, b) = await MembersAsync();
        var visit = await VisitAsync(a);
        var d = await CaseScene.SetUp(Host, Coordinator(OrgD));
        var before = await EventCount();
        var url = $"/api/cases/{visit}/refer-to-member";
        var problem = await RefusedProblem(400, DeskWorker(OrgA), url, new { networkId = network, organisationId = OrgB, deskId = b.Desk, passOn = new[] { "shoeSize" } });
        problem.Errors.Keys.ShouldBe(["passOn[0]", "consent"], ignoreOrder: true);
        await Refused(409, DeskWorker(OrgA), url, new ReferCaseToMember(network, OrgD, d.Desk, [], Agreed)); // not a member
        await Refused(409, DeskWorker(OrgA), url, new ReferCaseToMember(network, OrgA, a.Desk, [], Agreed)); // its own
        await Refused(404, DeskWorker(OrgA), url, new ReferCaseToMember(network, OrgB, a.Desk, [], Agreed)); // not one of org-b's desks
        await Refused(404, DeskWorker(OrgA), url, new ReferCaseToMember(Guid.NewGuid(), OrgB, b.Desk, [], Agreed));
        await Refused(404, Facilitator(CaseScene.Facilitator), url, new ReferCaseToMember(network, OrgB, b.Desk, [], Agreed)); // not the desk's
        (await EventCount()).ShouldBe(before);
        var outside = await VisitAsync(d, OrgD);
        before = await EventCount();
        await Refused(404, DeskWorker(OrgD), $"/api/cases/{outside}/refer-to-member", new ReferCaseToMember(network, OrgB, b.Desk, [], Agreed)); // in no network
        (await EventCount()).ShouldBe(before);

        await Host.SendAsync(Coordinator(OrgB), $"/api/desks/{b.Desk}/close", new CloseDropInDesk(null));
        before = await EventCount();
        await Refused(409, DeskWorker(OrgA), url, new ReferCaseToMember(network, OrgB, b.Desk, [], Agreed)); // the desk closed
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_third_member_another_organisation_and_the_sender_itself_see_nothing_of_the_referral()
    {
        var (network, a, b) = await MembersAsync();
        var visit = await VisitAsync(a);
        var referral = (await Host.SendAsync(DeskWorker(OrgA), $"/api/cases/{visit}/refer-to-member",
            new ReferCaseToMember(network, OrgB, b.Desk, [PassedOn.Name], Agreed))).CreatedId!.Value;
        await CaseScene.SetUp(Host, Coordinator(OrgD));
        var before = await EventCount();

        foreach (var stranger in new[] { Coordinator(OrgC), Coordinator(OrgD), Coordinator(), DeskWorker(OrgC), Facilitator(CaseScene.Facilitator, OrgB) })
        {
            await Send(stranger, s => { s.Get.Url($"/api/referrals/{referral}"); s.StatusCodeShouldBe(404); });
            foreach (var command in new[] { "accept", "outcome", "decline" })
                await Refused(404, stranger, $"/api/referrals/{referral}/{command}",
                    command == "accept" ? new { } : command == "outcome" ? new RecordReferralOutcome(ReferralResult.Helped, null) : new DeclineReferral(DeclineReason.Other, null));
        }
        foreach (var stranger in new[] { Coordinator(OrgC), Coordinator(OrgD), Coordinator(), Facilitator(CaseScene.Facilitator, OrgB) })
            await Send(stranger, s => { s.Get.Url($"/api/desks/{b.Desk}/referrals"); s.StatusCodeShouldBe(404); });
        foreach (var member in new[] { Coordinator(OrgB), Coordinator(OrgC) })
        {
            await Send(member, s => { s.Get.Url($"/api/cases/{visit}"); s.StatusCodeShouldBe(404); });
            await Send(member, s => { s.Get.Url($"/api/visitors/{VisitorOf(visit)}/export"); s.StatusCodeShouldBe(404); });
        }
        (await EventCount()).ShouldBe(before);
        (await JournalAsync(OrgC)).ShouldBeEmpty();
        (await JournalAsync(OrgD)).ShouldBeEmpty();
        await using var third = Store.QuerySession(OrgC);
        (await third.Query<NetworkReferral>().CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task An_organisation_that_left_refers_no_more_and_what_it_sent_is_still_answered()
    {
        var (network, a, b) = await MembersAsync();
        var first = await VisitAsync(a);
        var second = await VisitAsync(a);
        var referral = (await Host.SendAsync(DeskWorker(OrgA), $"/api/cases/{first}/refer-to-member",
            new ReferCaseToMember(network, OrgB, b.Desk, [PassedOn.Name], Agreed))).CreatedId!.Value;

        await Host.SendAsync(Coordinator(), $"/api/networks/{network}/leave", new { });
        var before = await EventCount();
        await Refused(404, DeskWorker(OrgA), $"/api/cases/{second}/refer-to-member", new ReferCaseToMember(network, OrgB, b.Desk, [], Agreed)); // not its network any more
        await Refused(409, Coordinator(OrgB), $"/api/cases/{await VisitAsync(b, OrgB)}/refer-to-member", new ReferCaseToMember(network, OrgA, a.Desk, [], Agreed));
        (await EventCount()).ShouldBe(before + 1, "only the visit recorded at org-b");

        await Host.SendAsync(DeskWorker(OrgB), $"/api/referrals/{referral}/accept", new { });
        await Host.SendAsync(DeskWorker(OrgB), $"/api/referrals/{referral}/outcome", new RecordReferralOutcome(ReferralResult.DidNotCome, null));
        (await Host.GetAsync<CaseView>(DeskWorker(OrgA), $"/api/cases/{first}")).ToMember!.Result.ShouldBe(ReferralResult.DidNotCome);
    }

    [Fact]
    public async Task Erasing_the_visitor_at_the_sender_erases_what_was_passed_on_and_the_receiver_exports_and_erases_its_own()
    {
        var (network, a, b) = await MembersAsync();
        var visit = await VisitAsync(a);
        var referral = (await Host.SendAsync(DeskWorker(OrgA), $"/api/cases/{visit}/refer-to-member",
            new ReferCaseToMember(network, OrgB, b.Desk, [PassedOn.Name, PassedOn.Contact, PassedOn.Problem], Agreed))).CreatedId!.Value;
        await Host.SendAsync(DeskWorker(OrgB), $"/api/referrals/{referral}/decline", new DeclineReferral(DeclineReason.TooFar, $"{Pseudonym} habite trop loin"));
        var theirVisitor = (await Host.GetAsync<NetworkReferral>(Coordinator(OrgB), $"/api/referrals/{referral}")).VisitorId;

        var export = await Text(Coordinator(OrgB), $"/api/visitors/{theirVisitor}/export");
        export.ShouldContain(Pseudonym);
        export.ShouldContain(referral.ToString());

        (await RowsHolding(OrgB, Pseudonym)).ShouldBeGreaterThan(0);
        await Host.SendAsync(Coordinator(), $"/api/visitors/{VisitorOf(visit)}/erase", new ErasePerson(ErasureReason.Request));

        foreach (var word in new[] { Pseudonym, Contact, Goal, "habite trop loin" })
            (await RowsHolding(OrgB, word)).ShouldBe(0, word);
        var masked = await Host.GetAsync<NetworkReferral>(Coordinator(OrgB), $"/api/referrals/{referral}");
        (masked.Passed.Name, masked.Passed.Contact, masked.Passed.Problem, masked.DeclineReason).ShouldBe((null, null, PersonalData.Erased, (DeclineReason?)DeclineReason.TooFar));
        (await JournalAsync(OrgB)).Where(e => e.PersonId == theirVisitor).Select(e => e.Read).ShouldBe([PersonalRead.Referral],
            "the read after the erasure; those before it went with the person");

        // The receiver erases its own visitor of another referral: its stream is masked; the sender's case is its own.
        var other = await VisitAsync(a);
        var second = (await Host.SendAsync(DeskWorker(OrgA), $"/api/cases/{other}/refer-to-member",
            new ReferCaseToMember(network, OrgB, b.Desk, [PassedOn.Name], Agreed))).CreatedId!.Value;
        var secondVisitor = (await Host.GetAsync<NetworkReferral>(Coordinator(OrgB), $"/api/referrals/{second}")).VisitorId;
        await Host.SendAsync(Coordinator(OrgB), $"/api/visitors/{secondVisitor}/erase", new ErasePerson(ErasureReason.Request));
        (await Host.GetAsync<NetworkReferral>(Coordinator(OrgB), $"/api/referrals/{second}")).Passed.Name.ShouldBeNull();
        (await Host.GetAsync<CaseView>(Coordinator(), $"/api/cases/{other}")).Case.Visitor!.Pseudonym.ShouldBe(Pseudonym);
    }

    [Fact]
    public async Task Partner_suggestions_rank_the_networks_member_desks_beside_the_directory()
    {
        var (network, a, b) = await MembersAsync();
        var visit = await VisitAsync(a);
        await Host.SendAsync(Coordinator(OrgC), $"/api/desks/{await DeskOfAsync(OrgC)}/close", new CloseDropInDesk(null));

        var suggestions = await Host.GetAsync<IReadOnlyList<PartnerSuggestionView>>(DeskWorker(OrgA), $"/api/cases/{visit}/partner-suggestions?language=en");

        var desk = suggestions.Single(s => s.Member is not null);
        desk.Member.ShouldBe(new SuggestedMember(network, OrgB, b.Desk));
        desk.Reasons.ShouldContain("speaks French and Arabic");
        suggestions.ShouldContain(s => s.PartnerId == a.Partner);
        suggestions.Select(s => s.Score).ShouldBeInOrder(SortDirection.Descending);
    }

    private async Task<(Guid Network, CaseScene A, CaseScene B)> MembersAsync()
    {
        var a = await CaseScene.SetUp(Host, Coordinator());
        var b = await CaseScene.SetUp(Host, Coordinator(OrgB));
        await CaseScene.SetUp(Host, Coordinator(OrgC));
        var network = await Host.CreateAsync(Coordinator(), "/api/networks", new FoundNetwork("Réseau des EPN bruxellois"));
        foreach (var member in new[] { OrgB, OrgC })
        {
            await Host.SendAsync(Coordinator(), $"/api/networks/{network}/invitations", new InviteOrganisation(member));
            await Host.SendAsync(Coordinator(member), $"/api/networks/{network}/join", new { });
        }
        return (network, a, b);
    }

    /// <summary>A visitor's request at the scene's desk, recorded by its desk worker.</summary>
    private Task<Guid> VisitAsync(CaseScene at, string organisation = OrgA) =>
        Host.CreateAsync(DeskWorker(organisation), $"/api/desks/{at.Desk}/requests",
            CaseScene.VisitorRequest() with { Pseudonym = Pseudonym, Contact = Contact, ConsentNotice = "notice-2026-fr", Goal = Goal });

    private async Task<Guid> DeskOfAsync(string organisation)
    {
        await using var session = Store.QuerySession(organisation);
        return (await session.Query<DropInDesk>().FirstAsync()).Id;
    }

    private string VisitorOf(Guid caseId, string organisation = OrgA)
    {
        using var session = Store.QuerySession(organisation);
        return session.LoadAsync<ProblemCase>(caseId).GetAwaiter().GetResult()!.Visitor!.VisitorId.ToString();
    }

    private async Task<IReadOnlyList<AccessJournalEntry>> JournalAsync(string organisation)
    {
        await using var session = Store.QuerySession(organisation);
        return await session.Query<AccessJournalEntry>().ToListAsync();
    }

    /// <summary>Rows of the organisation's tenant, events and documents, that hold the text.</summary>
    private async Task<long> RowsHolding(string organisation, string text)
    {
        var schema = Store.Options.Events.DatabaseSchemaName;
        return await Sql<long>(
            $"select (select count(*) from {schema}.mt_events where tenant_id = @t and data::text ilike @x) "
            + $"+ (select count(*) from {schema}.mt_doc_networkreferral where tenant_id = @t and data::text ilike @x)",
            ("t", organisation), ("x", $"%{text}%"));
    }

    private async Task<string> Text(string token, string url) =>
        await (await Send(token, s => { s.Get.Url(url); s.StatusCodeShouldBe(200); })).ReadAsTextAsync();

    private Task Refused(int status, string token, string url, object body) =>
        Send(token, s => { s.Post.Json(body).ToUrl(url); s.StatusCodeShouldBe(status); });

    private async Task<ValidationProblem> RefusedProblem(int status, string token, string url, object body) =>
        (await (await Send(token, s => { s.Post.Json(body).ToUrl(url); s.StatusCodeShouldBe(status); })).ReadAsJsonAsync<ValidationProblem>())!;
}
