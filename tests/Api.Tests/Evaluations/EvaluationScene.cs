using Alba;
using LivingLibrary.Api.Evaluations;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Api.Tests.Evaluations;

/// <summary>
/// A group run by one facilitator, its people assessed at intake on two tasks (pay a bill online at 2, join a
/// video call at 1), and helpers to open a campaign and answer it.
/// </summary>
public sealed record EvaluationScene(Guid Group, IReadOnlyList<Guid> People)
{
    public const string Facilitator = "facilitator-1";
    public static readonly DateOnly IntakeOn = new(2026, 9, 8);
    public static readonly string[] Names = ["Samira", "Jean", "Fatma", "Pierre", "Elena", "Jan"];

    public static async Task<EvaluationScene> SetUp(IAlbaHost host, string coordinator, int people = 4)
    {
        var group = await host.CreateGroupAsync(coordinator);
        await host.AssignAsync(coordinator, group, Facilitator);
        var ids = new List<Guid>();
        foreach (var name in Names.Take(people))
        {
            var id = await host.EnrolAsync(coordinator, group, ParticipantScenarios.NewParticipant(name, "fr"));
            await host.SendAsync(coordinator, $"/api/participants/{id}/assessments", new RecordAssessment(AssessmentSource.ObservedByFacilitator, null,
                IntakeOn, true, [new AssessedLevel("pay-bill-online", 2), new AssessedLevel("join-video-call", 1)]));
            ids.Add(id);
        }
        return new EvaluationScene(group, ids);
    }

    public static OpenCampaign EndOfProject(AnswerMode mode) =>
        new(CampaignKind.EndOfProject, mode, ApiFixture.Today.AddDays(-7), ApiFixture.Today.AddDays(7), null);

    public Task<Guid> OpenAsync(IAlbaHost host, string token, AnswerMode mode) =>
        host.CreateAsync(token, $"/api/groups/{Group}/campaigns", EndOfProject(mode));

    public static Task<CampaignSheet> SheetAsync(IAlbaHost host, string token, Guid campaign) =>
        host.GetAsync<CampaignSheet>(token, $"/api/campaigns/{campaign}");

    /// <summary>An answer to every question of the sheet: <paramref name="can"/> on each task, <paramref name="satisfied"/> on each satisfaction question, and a text.</summary>
    public static List<Answer?> AnswersTo(CampaignSheet sheet, CanDo can = CanDo.Alone, int satisfied = 4, string text = "J'ai appris à payer en ligne.") =>
        [.. sheet.Questions.Select(q => (Answer?)(q.Kind switch
        {
            QuestionKind.SelfAssessment => new Answer(q.Key, q.Version, (int)can, null),
            QuestionKind.Satisfaction => new Answer(q.Key, q.Version, satisfied, null),
            _ => new Answer(q.Key, q.Version, null, text),
        }))];

    public static async Task<IReadOnlyList<string>> CodesAsync(IAlbaHost host, string token, Guid campaign, int count)
    {
        var result = await host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.Post.Json(new HandOutAnswerCodes(count)).ToUrl($"/api/campaigns/{campaign}/codes");
            s.StatusCodeShouldBe(200);
        });
        return (await result.ReadAsJsonAsync<HandedOutCodes>())!.Codes!;
    }
}
