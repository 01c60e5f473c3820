using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Evaluations;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Evaluations;

namespace LivingLibrary.Api.Tests.Console;

/// <summary>
/// The console writes days and decimals as the page's language does, and times of day in the organisation's time zone
/// (Europe/Brussels), not in UTC: what people read, while the API's JSON stays ISO 8601.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ConsoleDatesAndNumbersTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Theory]
    [InlineData("fr", "1er décembre 2026", "3,5")]
    [InlineData("nl", "1 december 2026", "3,5")]
    [InlineData("en", "1 December 2026", "3.5")]
    public async Task A_campaign_page_writes_its_closing_day_and_its_mean_as_the_language_does(string language, string closesOn, string mean)
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 2);
        var campaign = await scene.OpenAsync(Host, Facilitator(EvaluationScene.Facilitator), AnswerMode.Named);
        EvaluationScene.EndOfProject(AnswerMode.Named).ClosesOn.ShouldBe(new DateOnly(2026, 12, 1));
        var sheet = await EvaluationScene.SheetAsync(Host, Facilitator(EvaluationScene.Facilitator), campaign);
        foreach (var (person, satisfied) in scene.People.Zip([3, 4]))
            await Host.SendAsync(Facilitator(EvaluationScene.Facilitator), $"/api/campaigns/{campaign}/answers",
                new RecordNamedAnswers(person, EvaluationScene.AnswersTo(sheet, satisfied: satisfied), false));
        var amina = await ConsoleClient.SignInAsync(Host, EvaluationScene.Facilitator, OrgA, Security.FacilitatorRole, language);

        var page = (await amina.GetAsync($"/console/campaigns/{campaign}")).Document;

        page.QuerySelector("h1")!.TextContent.ShouldEndWith($" – {closesOn}");
        page.QuerySelectorAll("#results-satisfaction tbody tr").First().QuerySelectorAll("td").Last().TextContent.Trim().ShouldBe(mean);
    }

    [Theory]
    [InlineData("fr", "2026-01-15T09:30:00Z", "15 janvier 2026, 10:30")]
    [InlineData("nl", "2026-01-15T09:30:00Z", "15 januari 2026, 10:30")]
    [InlineData("en", "2026-07-15T09:30:00Z", "15 July 2026, 11:30")]
    [InlineData("en", "2026-03-29T00:30:00Z", "29 March 2026, 01:30")]
    [InlineData("en", "2026-03-29T01:30:00Z", "29 March 2026, 03:30")]
    public async Task A_cases_timeline_shows_when_each_thing_was_recorded_in_brussels_time(string language, string recordedAt, string shown)
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var caseId = await Host.PostCaseAsync(Facilitator(CaseScene.Facilitator), scene.Group, CaseScene.ItsmeCase(scene.Samira));
        await Sql<long>($"with moved as (update {Store.Options.Events.DatabaseSchemaName}.mt_events set timestamp = @at where stream_id = @id returning 1) select count(*) from moved",
            ("at", DateTimeOffset.Parse(recordedAt)), ("id", caseId));
        var amina = await ConsoleClient.SignInAsync(Host, CaseScene.Facilitator, OrgA, Security.FacilitatorRole, language);

        var when = (await amina.GetAsync($"/console/cases/{caseId}")).Document.QuerySelectorAll("#timeline tbody td:last-child").Select(th => th.TextContent.Trim());

        when.ShouldBe([shown]);
    }
}
