using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.DropIns;
using LivingLibrary.Domain.Observatory;
using LivingLibrary.Domain.Reports;

namespace LivingLibrary.Domain.Tests.DropIns;

/// <summary>A request tied to a visitor the organisation knows (docs/adr/0034), and the figures that count people once.</summary>
public sealed class ReturningVisitorTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly DropInDesk Desk = DropInDesk.Create(new DropInDeskOpened(Guid.NewGuid(), "D", "P", [], ["fr"]));
    private static readonly Guid Known = Guid.NewGuid();
    private static readonly Visitor Before = new(Known, ["ar", "fr"], "Amal", "1080", null, null, Findable: true);

    private static RecordDropInRequest Request(string? card = null, Guid? visitorId = null) =>
        new(null, null, null, null, null, null, "But", "itsme", "login-and-identity", null, null, null, VisitorCard: card, VisitorId: visitorId);

    private static Decision Decide(RecordDropInRequest request, ReturningVisitor? returning) =>
        request.Decide(Guid.NewGuid(), Guid.NewGuid(), Desk, ServiceList.BuiltIn, SkillCatalogue.BuiltIn, Today, Guid.NewGuid(), "desk-worker", returning);

    [Fact]
    public void A_request_by_card_is_the_known_visitors_with_what_they_said_before_unless_said_again()
    {
        var visitor = Decide(Request("ABCDE-23456"), new ReturningVisitor(Known, Before with { Findable = false }, false, ByCard: true))
            .Events.Single().ShouldBeOfType<DropInRequestRecorded>().Visitor;
        (visitor.VisitorId, visitor.Pseudonym, visitor.PostcodeArea, visitor.Findable).ShouldBe((Known, "Amal", "1080", false));
        visitor.Languages.ShouldBe(["ar", "fr"]);

        var moved = Decide(Request(visitorId: Known) with { PostcodeArea = "1030", Languages = ["nl"] }, new ReturningVisitor(Known, Before, false, ByCard: false))
            .Events.Single().ShouldBeOfType<DropInRequestRecorded>().Visitor;
        (moved.VisitorId, moved.PostcodeArea, moved.Languages.Single(), moved.Findable).ShouldBe((Known, "1030", "nl", true));
    }

    [Fact]
    public void A_card_or_an_id_that_finds_nobody_is_404_an_erased_visitor_or_one_who_did_not_agree_to_be_found_409_and_both_or_a_bad_code_400()
    {
        Decide(Request("ABCDE-23456"), null).Refusal!.ShouldBe(Refusal.NotFound(Thing.VisitorCard));
        Decide(Request(visitorId: Known), null).Refusal!.ShouldBe(Refusal.NotFound(Thing.Visitor));
        Decide(Request("ABCDE-23456"), new ReturningVisitor(Known, Before, Erased: true, ByCard: true)).Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        Decide(Request(visitorId: Known), new ReturningVisitor(Known, Before with { Findable = false }, false, false)).Refusal!
            .ShouldBe(Refusal.Conflict(Says.VisitorNotFindable));
        Decide(Request("ABCDE-23456", Known), new ReturningVisitor(Known, Before, false, true)).Refusal!.Errors!.Keys.ShouldBe(["visitorCard"]);
        Decide(Request("0000"), null).Refusal!.Errors!.Keys.ShouldBe(["visitorCard"]);
        Decide(Request() with { Findable = true, Pseudonym = "Amal" }, null).Refusal!.Errors!.Keys.ShouldBe(["findable"]);
    }

    [Fact]
    public void An_erased_visitor_gets_no_card_and_a_new_card_revokes_the_one_before()
    {
        var card = Guid.NewGuid();
        new IssueVisitorCard().Decide(new ReturningVisitor(Known, Before, Erased: true, true), card, Today).Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        new IssueVisitorCard().Decide(new ReturningVisitor(Known, Before, false, true), card, Today).Events.Single()
            .ShouldBe(new VisitorCardIssued(card, Known, Today));
        var given = VisitorCard.Create(new VisitorCardIssued(card, Known, Today));
        IssueVisitorCard.Revoke(given).Events.Single().ShouldBe(new VisitorCardRevoked(card, Known));
        IssueVisitorCard.Revoke(given.Apply(new VisitorCardRevoked(card, Known))).Events.ShouldBeEmpty();
    }

    [Fact]
    public void Three_returning_visitors_over_four_weeks_are_three_people_and_every_request_counts()
    {
        var desk = Guid.NewGuid();
        var tuesdays = Enumerable.Range(0, 4).Select(w => new DateOnly(2026, 11, 3).AddDays(7 * w)).ToList();
        var returning = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToList();
        // Each comes on every Tuesday; a stranger once on the first.
        var visits = tuesdays.SelectMany(day => returning.Select(v => new Visit(desk, day, v, "itsme", "fr", "1080")))
            .Append(new Visit(desk, tuesdays[0], Guid.NewGuid(), "bank", "ar", null)).ToList();

        var figures = DropInFigures.Of(null, null, [DropInDesk.Create(new DropInDeskOpened(desk, "Permanence", "P", [], ["fr"]))], visits);

        (figures.Requests, figures.People, figures.ReturningPeople).ShouldBe((13, 4, 3));
        var only = figures.Desks.Single();
        (only.Name, only.Sessions, only.Requests, only.People).ShouldBe(("Permanence", 4, 13, 4));
        only.SessionList.Select(s => (s.On, s.Requests, s.People)).ShouldBe([(tuesdays[0], 4, 4), (tuesdays[1], 3, 3), (tuesdays[2], 3, 3), (tuesdays[3], 3, 3)]);
        only.SessionList[0].Services.ShouldBe([new ServiceCount("bank", 1, 1), new ServiceCount("itsme", 3, 3)]);
        only.Services.ShouldBe([new ServiceCount("bank", 1, 1), new ServiceCount("itsme", 12, 3)]);
        DropInFigures.Of(tuesdays[1], tuesdays[2], [], visits).Requests.ShouldBe(6);
    }

    [Fact]
    public void A_breakdown_hides_a_small_cell_with_enough_others_and_withholds_one_too_thin()
    {
        var view = Partition.Of([("fr", new Tally(9, 6)), ("ar", new Tally(2, 1)), ("nl", new Tally(5, 4)), (null, new Tally(3, 3))], totalHidden: false);
        // One person speaking Arabic: hidden, with the smallest others until the hidden hold three people more than they are cells.
        view.Cells.Select(c => (c.Code, c.People)).ShouldBe([("ar", Figure.Hidden), ("fr", new Figure(6)), ("nl", Figure.Hidden), (null, Figure.Hidden)]);
        Partition.Of([("fr", new Tally(1, 1)), ("ar", new Tally(1, 1)), ("nl", new Tally(1, 1))], totalHidden: false).ShouldBe(new Breakdown([], true));
    }
}
