using System.Net;
using LivingLibrary.Api.ConsolePages;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Evaluations;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Evaluations;
using Marten;

namespace LivingLibrary.Api.Tests.Console;

/// <summary>An evaluation's paper materials: the questionnaire to print in fr, nl or en, and code slips whose QR code opens the anonymous form.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class EvaluationMaterialsTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Amina = EvaluationScene.Facilitator;

    private Task<ConsoleClient> As(string userId, string organisation = OrgA) =>
        ConsoleClient.SignInAsync(Host, userId, organisation, Security.FacilitatorRole);

    private async Task<Campaign> LoadCampaign(Guid campaign)
    {
        await using var session = Store.QuerySession(OrgA);
        return (await session.LoadAsync<Campaign>(campaign))!;
    }

    [Fact]
    public async Task The_campaign_links_its_paper_questionnaire_in_three_languages_one_block_a_question_with_a_box_a_choice()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 1);
        var campaign = await scene.OpenAsync(Host, Facilitator(Amina), AnswerMode.NamedOrAnonymous);
        var state = await LoadCampaign(campaign);
        var amina = await As(Amina);

        var links = (await amina.GetAsync($"/console/campaigns/{campaign}")).Document.QuerySelectorAll("#paper-questionnaire a")
            .Select(a => a.GetAttribute("href")!).ToList();
        links.ShouldBe(new[] { "fr", "nl", "en" }.Select(l => $"/console/campaigns/{campaign}/paper?sheet={l}").ToList());

        var paper = await amina.GetAsync(links[1]);
        paper.Status.ShouldBe(HttpStatusCode.OK);
        var sheet = paper.Document.QuerySelector("article#paper")!;
        sheet.GetAttribute("lang").ShouldBe("nl");
        sheet.QuerySelector("#paper-code")!.TextContent.ShouldContain("Uw code");
        sheet.QuerySelector("#paper-name")!.TextContent.ShouldContain("uw naam", Case.Insensitive);
        var blocks = sheet.QuerySelectorAll("li.question").ToList();
        blocks.Count.ShouldBe(state.Questions.Count + 1, "one block a question, then whether we may quote");
        state.Questions.Select(q => q.Kind).ShouldContain(QuestionKind.SelfAssessment);
        foreach (var (question, block) in state.Questions.Zip(blocks, (q, b) => (q, b)))
        {
            block.QuerySelector(".asked")!.TextContent.Trim().ShouldBe(question.Text.In("nl"));
            var boxes = block.QuerySelectorAll(".boxes li").Select(li => li.TextContent.Trim()).ToList();
            switch (question.Kind)
            {
                case QuestionKind.SelfAssessment:
                    boxes.ShouldBe(Enum.GetValues<CanDo>().Select(c => Questionnaire.Words(c).In("nl")).ToList());
                    break;
                case QuestionKind.Satisfaction:
                    boxes.ShouldBe(["1", "2", "3", "4", "5"]);
                    break;
                default:
                    boxes.ShouldBeEmpty();
                    block.QuerySelector(".lines").ShouldNotBeNull("lines to write on");
                    break;
            }
            block.QuerySelectorAll(".boxes .box").Length.ShouldBe(boxes.Count, "a box to tick a choice");
        }
        blocks[^1].QuerySelectorAll(".box").Length.ShouldBe(2);
        // What is not the sheet is for the screen only (the print style sheet hides it).
        paper.Document.QuerySelectorAll("main > :not(article#paper)").ShouldAllBe(e => e.ClassList.Contains("screen-only"));

        var anonymous = await scene.OpenAsync(Host, Facilitator(Amina), AnswerMode.Anonymous);
        var french = (await amina.GetAsync($"/console/campaigns/{anonymous}/paper?sheet=fr")).Document.QuerySelector("article#paper")!;
        (french.GetAttribute("lang"), french.QuerySelector("#paper-name")).ShouldBe(("fr", null), "no name on an anonymous sheet");

        var elsewhere = await As(Amina, OrgB);
        var stranger = await As("facilitator-2");
        foreach (var client in new[] { elsewhere, stranger })
            (await client.GetAsync($"/console/campaigns/{campaign}/paper?sheet=fr")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Each_code_slip_has_a_qr_code_of_the_anonymous_form_with_its_code_filled_in_and_sending_it_without_sign_in_records_the_answers()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 1);
        var campaign = await scene.OpenAsync(Host, Facilitator(Amina), AnswerMode.Anonymous);
        var state = await LoadCampaign(campaign);
        var amina = await As(Amina);
        var handed = await (await amina.FilledAsync($"/console/campaigns/{campaign}", "form#hand-out-codes", ("count", "2"), ("slips", "nl")))();
        handed.Status.ShouldBe(HttpStatusCode.OK);

        var slips = handed.Document.QuerySelectorAll("#slips .slip").ToList();
        slips.Count.ShouldBe(2);
        var addresses = new List<(string Code, string Address)>();
        foreach (var slip in slips)
        {
            var code = slip.QuerySelector(".code")!.TextContent.Trim();
            var address = slip.QuerySelector("figure.qr a")!.GetAttribute("href")!;
            address.ShouldBe($"http://localhost/console/answer?organisation={OrgA}&campaign={campaign}&code={code}&language=nl");
            handed.Html.ShouldContain(QrCodes.Svg(address), Case.Sensitive, "the QR code is the slip's address");
            addresses.Add((code, address));
        }

        var (typed, at) = addresses[1];
        var nobody = ConsoleClient.Anonymous(Host);
        var inDutch = (await nobody.GetAsync(at)).Location!; // the slip's language is remembered, the address kept
        var sheet = await nobody.GetAsync(inDutch);
        sheet.Status.ShouldBe(HttpStatusCode.OK);
        sheet.Document.QuerySelector("main form[method=post] input[name=code]")!.GetAttribute("value").ShouldBe(typed);
        sheet.Document.DocumentElement.GetAttribute("lang").ShouldBe("nl");

        (string, string)[] answers = [.. state.Questions.Select((q, i) => (LivingLibrary.Api.ConsolePages.Pages.CampaignModel.InputOf(i), q.Kind switch
        {
            QuestionKind.SelfAssessment => ((int)CanDo.WithHelp).ToString(),
            QuestionKind.Satisfaction => "5",
            _ => "Ik kan nu betalen.",
        }))];
        var sent = await (await nobody.FilledAsync(inDutch, "main form[method=post]", answers))();
        sent.Status.ShouldBe(HttpStatusCode.Redirect, sent.Text);
        var recorded = (await Stream(campaign)).Last().Data.ShouldBeOfType<AnonymousAnswersRecorded>();
        recorded.Answers.Count.ShouldBe(state.Questions.Count);
        await using var session = Store.QuerySession(OrgA);
        (await session.Query<AnswerCode>().CountAsync()).ShouldBe(1, "the code scanned is used, the other is left");
    }
}
