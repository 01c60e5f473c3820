using System.Net;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Console;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Api.Platform;

namespace LivingLibrary.Api.Tests.Me;

/// <summary>"J'ai un problème" on the participant's phone, followed on their own pages, and seen by the staff as theirs.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ParticipantCasePagesTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_participant_posts_a_problem_from_their_phone_follows_it_and_the_facilitator_sees_it_posted_by_them()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var me = await ConsoleClient.SignInParticipantAsync(Host, scene.Samira, OrgA);

        var form = await me.GetAsync("/console/me/problem");
        var sent = await me.SubmitAsync("/console/me/problem", ("service", "health-insurance"), ("goal", "La lettre demande un code"),
            ("dueOn", ApiFixture.Today.AddDays(7).ToString("yyyy-MM-dd")), ("share", "true"));

        form.Status.ShouldBe(HttpStatusCode.OK);
        form.Html.ShouldNotContain("<script");
        form.Html.ShouldNotContain("<table");
        sent.Status.ShouldBe(HttpStatusCode.Redirect);
        sent.Location!.ShouldEndWith("?posted=true#message");
        var caseId = Guid.Parse(sent.Location!.Split('/').Last().Split('?')[0]);
        var posted = (await Stream(caseId)).ShouldHaveSingleItem();
        posted.UserName.ShouldBe(Caller.ParticipantUser(scene.Samira));
        posted.Data.ShouldBeOfType<CasePosted>().SharedWithGroup.ShouldBeTrue();

        var page = await me.GetAsync($"/console/me/cases/{caseId}?posted=true");
        var list = await me.GetAsync("/console/me/cases");
        page.Document.GetElementById("message")!.TextContent.ShouldBe("Thank you. Your problem was sent.");
        page.Document.GetElementById("my-case-shared").ShouldNotBeNull();
        list.Document.QuerySelectorAll("#my-cases li.card").Length.ShouldBe(1);

        var staff = await ConsoleClient.SignInAsync(Host, CaseScene.Facilitator, OrgA, Security.FacilitatorRole);
        (await staff.GetAsync($"/console/cases/{caseId}")).Document.GetElementById("case-posted-by")!.TextContent.ShouldContain("posted by the participant");
        (await staff.GetAsync($"/console/groups/{scene.Group}/cases")).Document.QuerySelector($"#case-{caseId} .posted-by-participant").ShouldNotBeNull();
    }

    [Fact]
    public async Task A_problem_without_answers_comes_back_in_plain_words_and_nothing_is_appended()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var me = await ConsoleClient.SignInParticipantAsync(Host, scene.Samira, OrgA);
        var before = await EventCount();

        var sent = await me.SubmitAsync("/console/me/problem", ("goal", ""));

        sent.Status.ShouldBe(HttpStatusCode.BadRequest);
        sent.ErrorOf("service").ShouldBe("Pick one answer from the list.");
        sent.ErrorOf("goal").ShouldBe("Write what happened, in a few words.");
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Another_persons_case_page_is_a_404()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var jeans = await Host.PostCaseAsync(Facilitator(CaseScene.Facilitator), scene.Group, CaseScene.ItsmeCase(scene.Jean));
        var me = await ConsoleClient.SignInParticipantAsync(Host, scene.Samira, OrgA);

        (await me.GetAsync($"/console/me/cases/{jeans}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await me.GetAsync("/console/me/cases")).Document.QuerySelectorAll("#my-cases li.card").Length.ShouldBe(0);
    }
}
