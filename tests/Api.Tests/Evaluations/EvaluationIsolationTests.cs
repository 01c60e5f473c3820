using Alba;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Reports;

namespace LivingLibrary.Api.Tests.Evaluations;

/// <summary>
/// Campaigns, progress and a group's reports are reached through the group: another organisation's coordinator and a
/// facilitator who does not run the group get 404 on every route with an id, and nothing is appended.
/// </summary>
[Collection(CasesCollection.Name)]
public sealed class EvaluationIsolationTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Period = "from=2026-09-01&to=2027-06-30";

    public static TheoryData<string> Routes() =>
    [
        "GET /api/campaigns/{campaign}",
        "GET /api/campaigns/{campaign}/results",
        "POST /api/campaigns/{campaign}/answers",
        "POST /api/campaigns/{anonymous}/anonymous-answers",
        "POST /api/campaigns/{anonymous}/codes",
        "POST /api/campaigns/{campaign}/conclusions",
        "POST /api/campaigns/{campaign}/close",
        "POST /api/campaigns/{campaign}/reopen",
        "POST /api/campaigns/{campaign}/answers/{participant}/correct",
        "POST /api/campaigns/{campaign}/answers/{participant}/void",
        "GET /api/groups/{group}/campaigns",
        "POST /api/groups/{group}/campaigns",
        "GET /api/groups/{group}/progress",
        "GET /api/participants/{participant}/progress",
        $"GET /api/reports/funder?groupId={{group}}&{Period}",
        "POST /api/reports",
        "GET /api/reports/{report}",
        "GET /api/reports/{report}/content",
        "GET /api/reports/{report}/check",
    ];

    [Theory, MemberData(nameof(Routes))]
    public async Task Another_organisation_and_a_stranger_facilitator_get_404_and_change_nothing(string route)
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 1);
        var facilitator = Facilitator(EvaluationScene.Facilitator);
        var campaign = await scene.OpenAsync(Host, facilitator, AnswerMode.Named);
        var anonymous = await scene.OpenAsync(Host, facilitator, AnswerMode.Anonymous);
        var code = (await EvaluationScene.CodesAsync(Host, facilitator, anonymous, 1)).Single();
        var answers = EvaluationScene.AnswersTo(await EvaluationScene.SheetAsync(Host, facilitator, campaign));
        var report = await Host.CreateAsync(facilitator, "/api/reports", new IssueFunderReport(scene.Group, new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), null));
        var before = await EventCount();
        var (method, template) = (route.Split(' ')[0], route.Split(' ')[1]);
        var url = template.Replace("{campaign}", campaign.ToString()).Replace("{anonymous}", anonymous.ToString()).Replace("{group}", scene.Group.ToString())
            .Replace("{participant}", scene.People[0].ToString()).Replace("{report}", report.ToString());
        object body = url.Split('/').Last() switch
        {
            "answers" => new RecordNamedAnswers(scene.People[0], answers, false),
            "anonymous-answers" => new RecordAnonymousAnswers(code, answers, false),
            "codes" => new HandOutAnswerCodes(2),
            "conclusions" => new RecordConclusions("x", null, null),
            "campaigns" => EvaluationScene.EndOfProject(AnswerMode.Named),
            "reports" => new IssueFunderReport(scene.Group, new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), null),
            _ => new { },
        };

        foreach (var token in new[] { Coordinator(OrgB), Facilitator("facilitator-2") })
            await Send(token, s =>
            {
                if (method == "GET") s.Get.Url(url);
                else s.Post.Json(body).ToUrl(url);
                s.StatusCodeShouldBe(404);
            });

        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Another_organisations_questions_and_reports_are_not_there()
    {
        var question = await Host.CreateAsync(Coordinator(), "/api/questions",
            new AddOrganisationQuestion(QuestionKind.Satisfaction, new QuestionText("Le local ?", null, null), null));
        var report = await Host.CreateAsync(Coordinator(), "/api/reports", new IssueFunderReport(null, new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), null));
        var before = await EventCount();

        (await Host.GetAsync<IReadOnlyList<OrganisationQuestion>>(Coordinator(OrgB), "/api/questions")).ShouldBeEmpty();
        (await Host.GetAsync<IReadOnlyList<IssuedReport>>(Coordinator(OrgB), "/api/reports")).ShouldBeEmpty();
        (await Host.GetAsync<IReadOnlyList<IssuedReport>>(Facilitator(EvaluationScene.Facilitator), "/api/reports")).ShouldBeEmpty(); // the organisation's
        foreach (var url in new[] { $"/api/questions/{question}/reword", $"/api/questions/{question}/retire" })
            await Send(Coordinator(OrgB), s =>
            {
                s.Post.Json(new RewordOrganisationQuestion(new QuestionText("x", null, null))).ToUrl(url);
                s.StatusCodeShouldBe(404);
            });
        await Send(Facilitator(EvaluationScene.Facilitator), s =>
        {
            s.Get.Url($"/api/reports/{report}");
            s.StatusCodeShouldBe(404);
        });
        (await EventCount()).ShouldBe(before);
    }
}
