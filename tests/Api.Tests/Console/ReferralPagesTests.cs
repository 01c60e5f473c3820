using System.Net;
using LivingLibrary.Api.Journal;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Networks;
using Marten;

namespace LivingLibrary.Api.Tests.Console;

/// <summary>Referrals between members of a network in the console (docs/adr/0033): from the sender's case page to the receiving desk's page and back.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ReferralPagesTests(ApiFixture fixture) : ApiTest(fixture)
{
    private Task<ConsoleClient> As(string userId, string organisation) => ConsoleClient.SignInAsync(Host, userId, organisation, Security.FacilitatorRole);

    [Fact]
    public async Task The_sender_refers_from_the_case_page_and_the_receiving_desk_accepts_and_records_the_outcome_the_sender_then_sees()
    {
        var a = await CaseScene.SetUp(Host, Coordinator());
        var b = await CaseScene.SetUp(Host, Coordinator(OrgB));
        var network = await Host.CreateAsync(Coordinator(), "/api/networks", new FoundNetwork("Réseau"));
        await Host.SendAsync(Coordinator(), $"/api/networks/{network}/invitations", new InviteOrganisation(OrgB));
        await Host.SendAsync(Coordinator(OrgB), $"/api/networks/{network}/join", new { });
        var visit = await Host.CreateAsync(Facilitator(CaseScene.DeskWorker), $"/api/desks/{a.Desk}/requests", CaseScene.VisitorRequest() with { Pseudonym = "Madame Z" });
        var sender = await As(CaseScene.DeskWorker, OrgA);
        var casePage = $"/console/cases/{visit}";

        var choice = (await sender.GetAsync(casePage)).Document.QuerySelector($"#member-desk-{b.Desk}")!.GetAttribute("value")!;
        var sent = await (await sender.FilledAsync(casePage, "#refer-to-member", ("toMember.desk", choice), ("toMember.passOn", "name"),
            ("toMember.consent.notice", "notice-2026-fr"), ("toMember.consent.givenOn", ApiFixture.Today.ToString("yyyy-MM-dd"))))();
        sent.Status.ShouldBe(HttpStatusCode.Redirect);
        var referral = (await Stream(visit)).Last().Data.ShouldBeOfType<CaseReferredToMember>().ReferralId;

        var receiver = await As(CaseScene.DeskWorker, OrgB);
        var deskPage = $"/console/desks/{b.Desk}/referrals";
        var queue = await receiver.GetAsync(deskPage);
        var shown = queue.Document.QuerySelector($"#referral-{referral}")!.TextContent;
        shown.ShouldContain("Madame Z");
        shown.ShouldNotContain("Déclarer mes impôts", Case.Insensitive, "the problem's words were not agreed to");
        await using (var theirs = Store.QuerySession(OrgB))
            (await theirs.Query<AccessJournalEntry>().CountAsync(e => e.Read == PersonalRead.Referral)).ShouldBe(1);

        (await (await receiver.FilledAsync(deskPage, $"#referral-{referral} form[action*='handler=Accept']"))()).Status.ShouldBe(HttpStatusCode.Redirect);
        var outcome = DeskReferralsModelForm("outcome", referral);
        (await (await receiver.FilledAsync(deskPage, $"#referral-{referral} form[action*='handler=Outcome']", ($"{outcome}.result", "helped")))())
            .Status.ShouldBe(HttpStatusCode.Redirect);
        (await Stream(referral, OrgB)).Select(e => e.Data.GetType()).ShouldBe([typeof(ReferralReceived), typeof(ReferralAccepted), typeof(ReferralOutcomeRecorded)]);

        var answer = (await sender.GetAsync(casePage)).Document.QuerySelector("#member-referral")!.TextContent;
        answer.ShouldContain("accepted");
        answer.ShouldContain("helped");
        (await sender.GetAsync(deskPage)).Status.ShouldBe(HttpStatusCode.NotFound, "the sender does not see the receiver's desk");
    }

    private static string DeskReferralsModelForm(string command, Guid referral) => LivingLibrary.Api.ConsolePages.Pages.DeskReferralsModel.Form(command, referral);
}
