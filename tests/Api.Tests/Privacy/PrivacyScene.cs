using Alba;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Evaluations;
using LivingLibrary.Api.Tests.Loans;
using LivingLibrary.Api.Tests.Pairings;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.ExchangeSessions;
using LivingLibrary.Domain.Pairings;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace LivingLibrary.Api.Tests.Privacy;

/// <summary>
/// The cases' scene (a group run by facilitator-1 with Samira and Jean, a desk staffed by it-worker-1), and everything
/// recorded about Samira besides her own stream: a case brought to an exchange session she attended, a pairing in which
/// Jean helps her (one session), her named answers to an end-of-project campaign, a laptop lent to her; and a visitor of
/// the desk (Madame R.) with her request and a tablet lent to her. The scene itself reads nobody's data.
/// </summary>
public sealed record PrivacyScene(CaseScene Cases, Guid Case, Guid Session, Guid Pairing, Guid Campaign, Guid Laptop, Guid Visit, Guid VisitorId, Guid Tablet)
{
    public const string Goal = "Activer itsme sur mon nouveau téléphone pour payer la facture";
    public const string Note = "Samira a retrouvé son code PIN dans ses papiers";
    public const string WorkedOn = "Le virement de la facture d'eau";
    public const string Answered = "J'ai appris à payer en ligne.";
    public const string VisitorPseudonym = "Madame R.";
    public const string VisitorGoal = "Déclarer mes impôts sur MyMinfin";

    public Guid Samira => Cases.Samira;
    public Guid Jean => Cases.Jean;

    public static async Task<PrivacyScene> SetUp(IAlbaHost host, string coordinator)
    {
        var cases = await CaseScene.SetUp(host, coordinator);
        var session = await host.CreateAsync(coordinator, $"/api/groups/{cases.Group}/exchange-sessions",
            new HoldExchangeSession(ApiFixture.Today, [cases.Samira, cases.Jean], "itsme"));
        var problem = await host.PostCaseAsync(coordinator, cases.Group, CaseScene.ItsmeCase(cases.Samira));
        await host.SendAsync(coordinator, $"/api/cases/{problem}/accompaniments",
            CaseScene.Accompaniment(session: session, finding: SessionFinding.CollectivePath) with { Note = Note });

        await host.OfferAsync(coordinator, cases.Jean, "pay-bill-online", 5);
        var need = await host.DeclareNeedAsync(coordinator, cases.Samira, "pay-bill-online");
        var pairing = await host.StartAsync(coordinator, need, cases.Jean);
        await host.SendAsync(coordinator, $"/api/pairings/{pairing}/sessions", new LogHelpSession(ApiFixture.Today, 45, WorkedOn, LearnerFeeling.Confident));

        await host.AssessAsync(coordinator, cases.Samira, new DateOnly(2026, 9, 8), ("pay-bill-online", 2));
        var campaign = await host.CreateAsync(coordinator, $"/api/groups/{cases.Group}/campaigns", EvaluationScene.EndOfProject(AnswerMode.Named));
        var sheet = await EvaluationScene.SheetAsync(host, coordinator, campaign);
        await host.SendAsync(coordinator, $"/api/campaigns/{campaign}/answers",
            new RecordNamedAnswers(cases.Samira, EvaluationScene.AnswersTo(sheet, text: Answered), false));

        var laptop = await host.CreateAsync(coordinator, "/api/devices", LoanScene.Device());
        await host.SendAsync(coordinator, $"/api/devices/{laptop}/lend", LoanScene.To(cases.Samira));

        var visit = await host.CreateAsync(coordinator, $"/api/desks/{cases.Desk}/requests",
            CaseScene.VisitorRequest() with { Pseudonym = VisitorPseudonym, Contact = "0470 12 34 56", ConsentNotice = "notice-2026-fr" });
        Guid visitor;
        await using (var query = host.Services.GetRequiredService<IDocumentStore>().QuerySession("org-a"))
            visitor = (await query.LoadAsync<ProblemCase>(visit))!.Visitor!.VisitorId;
        var tablet = await host.CreateAsync(coordinator, "/api/devices", LoanScene.Device("ANT-TAB-0007", Domain.Loans.DeviceKind.Tablet));
        await host.SendAsync(coordinator, $"/api/devices/{tablet}/lend", LoanScene.ToVisitor(visitor));
        return new PrivacyScene(cases, problem, session, pairing, campaign, laptop, visit, visitor, tablet);
    }
}
