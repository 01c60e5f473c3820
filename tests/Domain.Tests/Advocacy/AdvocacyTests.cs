using LivingLibrary.Domain.Advocacy;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Observatory;
using LivingLibrary.Domain.Reports;

namespace LivingLibrary.Domain.Tests.Advocacy;

public sealed class AdvocacyTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly Guid Id = Guid.Parse("00000000-0000-0000-0000-0000000000ad");

    private static ObservatoryView View(int referred, int resolved) =>
        ObservatoryView.Of("2026-06", "2026-11", false, [ObservatoryMonth.Of("2026-10", [
            .. Enumerable.Range(0, referred).Select(_ => new CaseLine(Guid.NewGuid(), "2026-10", "itsme", "login-and-identity", false, CaseStatus.Referred, null, 0)),
            .. Enumerable.Range(0, resolved).Select(_ => new CaseLine(Guid.NewGuid(), "2026-10", "itsme", "login-and-identity", false, CaseStatus.Resolved, Autonomy.DoneAlone, 0)),
        ])]);

    private static AdvocacyPoint Drafted(AdvocacyEvidence? evidence = null) =>
        AdvocacyPoint.Create(new AdvocacyPointDrafted(Id, "itsme", "Une demande", evidence ?? AdvocacyEvidence.Of("itsme", "login-and-identity", DateTimeOffset.UnixEpoch, View(22, 15))));

    [Fact]
    public void The_evidence_is_the_observatorys_row_with_shares_only_where_both_figures_show()
    {
        var evidence = AdvocacyEvidence.Of("itsme", "login-and-identity", DateTimeOffset.UnixEpoch, View(22, 15));
        (evidence.Figures.Cases.Value, evidence.ShareReferred.Value, evidence.ShareResolved.Value).ShouldBe((37, 0.595, 0.405));

        // Six cases in one place: all its measures are shown together, its shares too (docs/adr/0018).
        var six = AdvocacyEvidence.Of("itsme", null, DateTimeOffset.UnixEpoch, View(2, 4));
        (six.Figures.Referred.Value, six.ShareReferred.Value).ShouldBe((2, 0.333));
        var two = AdvocacyEvidence.Of("itsme", null, DateTimeOffset.UnixEpoch, View(1, 1));
        (two.Figures.Cases, two.Figures.Referred, two.ShareReferred).ShouldBe((Figure.Hidden, Figure.Hidden, Figure.Hidden));
        AdvocacyEvidence.Of("bank", null, DateTimeOffset.UnixEpoch, View(3, 3)).Figures.Cases.ShouldBe(new Figure(0));
    }

    [Fact]
    public void A_sent_demand_is_no_longer_revised_an_unsent_one_is_not_answered_and_closing_twice_appends_nothing()
    {
        var sent = Drafted().Apply((AdvocacyPointSent)new SendAdvocacyPoint("itsme", null).Decide(Drafted(), Today).Events.Single());

        new ReviseAdvocacyPoint("x", "y").Decide(sent).Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        new SendAdvocacyPoint("x", null).Decide(sent, Today).Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        UpdateAdvocacyEvidence.Decide(sent, Drafted().Evidence).Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        new RecordAdvocacyAnswer("Merci", null).Decide(Drafted(), Today).Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        new SendAdvocacyPoint("x", Today.AddDays(1)).Decide(Drafted(), Today).Refusal!.Errors!.Keys.ShouldBe(["on"]);
        var closed = sent.Apply(new AdvocacyPointClosed(Id, null, Today));
        new CloseAdvocacyPoint(null).Decide(closed, Today).ShouldBe(Decision.Nothing);
        new RecordAdvocacyAnswer("Trop tard", null).Decide(closed, Today).Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        new ReviseAdvocacyPoint("itsme", "Une demande").Decide(Drafted()).ShouldBe(Decision.Nothing);
    }
}
