using Alba;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Evaluations;
using LivingLibrary.Api.Tests.Loans;
using LivingLibrary.Api.Tests.Pairings;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Api.Tests.Privacy;

/// <summary>
/// Zélie, enrolled as Zélie Martin and renamed Zélie Quennehen, in a group with Samira and Lucie (helpers), Jean and Hüseyin:
/// assessed, helped by Samira in a pairing with a session and an ending, a case with its accompaniment, named answers, a
/// loan returned, and she left; everything written about her. No one else of the organisation is called Zélie.
/// </summary>
public sealed record ZelieScene(PairingScene Group, Guid Zelie, Guid Case)
{
    public const string Name = "Zélie Quennehen";
    public const string OldName = "Zélie Martin";
    public const string Contact = "zelie.quennehen@example.org";
    public const string OldContact = "zelie.martin@example.org";

    /// <summary>Every name she had, and each of their words: what no dump may hold after her erasure.</summary>
    public static readonly string[] Names = [Name, OldName, "Zélie", "Quennehen", "Martin", Contact, OldContact];

    public static readonly string[] Words =
    [
        "Le code itsme de Zélie est bloqué depuis mars", "Noté pendant la permanence: elle vit seule", "Zélie a payé sa facture Proximus",
        "Merci Zélie pour ta patience", "Je m'appelle Zélie et j'ai appris beaucoup", "Rendu par Zélie en bon état", "Zélie déménage à Namur",
    ];

    public Guid Samira => Group.Samira;
    public Guid Jean => Group.Jean;

    public static async Task<ZelieScene> SetUp(IAlbaHost host, string coordinator)
    {
        var scene = await PairingScene.SetUp(host, coordinator, coordinator);
        var zelie = await host.EnrolAsync(coordinator, scene.Group, new EnrolParticipant(OldName, ["fr"], null, OldContact,
            new GivenConsent("notice-2026-09-fr", new DateOnly(2026, 9, 1))));
        await host.SendAsync(coordinator, $"/api/participants/{zelie}/details", new UpdateParticipantDetails(Name, ["fr"], null, Contact));
        await host.AssessAsync(coordinator, zelie, new DateOnly(2026, 9, 8), ("pay-bill-online", 1));
        var need = await host.DeclareNeedAsync(coordinator, zelie, "pay-bill-online", NeedPriority.High);
        var pairing = await host.StartAsync(coordinator, need, scene.Samira);
        await host.SendAsync(coordinator, $"/api/pairings/{pairing}/sessions", new LogHelpSession(ApiFixture.Today, 60, Words[2], LearnerFeeling.Confident));
        await host.SendAsync(coordinator, $"/api/pairings/{pairing}/end", new EndPairing(PairingOutcome.WentWell, "Fini", "Très bien", Words[3]));
        var caseId = await host.PostCaseAsync(coordinator, scene.Group, CaseScene.ItsmeCase(zelie) with { Goal = Words[0] });
        await host.SendAsync(coordinator, $"/api/cases/{caseId}/accompaniments", CaseScene.Accompaniment() with { Note = Words[1] });
        await host.SendAsync(coordinator, $"/api/cases/{caseId}/resolve", new ResolveCase(["Zélie a réinstallé itsme"], Autonomy.DoneTogether, null));
        var campaign = await host.CreateAsync(coordinator, $"/api/groups/{scene.Group}/campaigns", EvaluationScene.EndOfProject(AnswerMode.Named));
        await host.SendAsync(coordinator, $"/api/campaigns/{campaign}/answers", new RecordNamedAnswers(zelie,
            EvaluationScene.AnswersTo(await EvaluationScene.SheetAsync(host, coordinator, campaign), text: Words[4]), true));
        var device = await host.CreateAsync(coordinator, "/api/devices", LoanScene.Device());
        await host.SendAsync(coordinator, $"/api/devices/{device}/lend", LoanScene.To(zelie));
        await host.SendAsync(coordinator, $"/api/devices/{device}/return", LoanScene.Back() with { Note = Words[5] });
        await host.SendAsync(coordinator, $"/api/participants/{zelie}/leave", new RecordDeparture(Words[6]));
        return new ZelieScene(scene, zelie, caseId);
    }
}
