using System.Net;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Cases;

namespace LivingLibrary.Api.Tests.Console;

/// <summary>What every console page shares: dates typed, the timeline's when and who, the error pages.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class LayoutTests(ApiFixture fixture) : ApiTest(fixture)
{
    private Task<ConsoleClient> As(string userId, string role, string? language = "en") =>
        ConsoleClient.SignInAsync(Host, userId, OrgA, role, language);

    [Fact]
    public async Task An_impossible_optional_date_is_an_error_beside_its_field_and_nothing_is_recorded()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var amina = await As(CaseScene.Facilitator, Security.FacilitatorRole);
        var before = await EventCount();
        foreach (var typed in new[] { "2026-02-31", "31/02/2026", "invalid" })
        {
            var refused = await amina.SubmitAsync($"/console/groups/{scene.Group}/cases", ("participantId", scene.Samira.ToString()),
                ("goal", "Payer en ligne"), ("service", "itsme"), ("difficulty", "login-and-identity"), ("urgency", "high"), ("dueOn", typed));
            refused.Status.ShouldBe(HttpStatusCode.BadRequest, typed);
            refused.ErrorOf("dueOn").ShouldBe("This date does not exist: write a day of the calendar, such as 24/11/2026.");
            refused.Document.QuerySelector("#f-dueOn")!.GetAttribute("aria-invalid").ShouldBe("true");
        }
        (await EventCount()).ShouldBe(before);

        var posted = await amina.SubmitAsync($"/console/groups/{scene.Group}/cases", ("participantId", scene.Samira.ToString()),
            ("goal", "Payer en ligne"), ("service", "itsme"), ("difficulty", "login-and-identity"), ("urgency", "high"), ("dueOn", "1/12/2026"));
        posted.Status.ShouldBe(HttpStatusCode.Redirect, "a day written day/month/year, as a browser without a date picker lets one type it");
        var caseId = Guid.Parse(posted.Location!.Split("/cases/")[1][..36]);
        (await Stream(caseId)).Single().Data.ShouldBeOfType<CasePosted>().Details.DueOn.ShouldBe(new DateOnly(2026, 12, 1));
    }

    [Fact]
    public async Task A_wrongly_typed_required_date_says_what_is_expected_not_that_it_is_missing()
    {
        var coordinator = await As("coordinator-1", Security.CoordinatorRole, "fr");
        var before = await EventCount();
        var refused = await coordinator.SubmitAsync("/console", ("name", "Atelier"), ("place", "Liège"), ("startsOn", "31/02/2026"),
            ("endsOn", "2027-06-30"), ("languages", "fr"));
        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.ErrorOf("startsOn").ShouldBe("Cette date n'existe pas : écrivez un jour du calendrier, par exemple 24/11/2026.");
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task The_timeline_shows_the_day_it_happened_beside_when_it_was_recorded_and_the_facilitators_name()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var caseId = await Host.PostCaseAsync(Facilitator(CaseScene.Facilitator), scene.Group, CaseScene.ItsmeCase(scene.Samira));
        var amina = await As(CaseScene.Facilitator, Security.FacilitatorRole);
        var posted = (await Stream(caseId)).Single();
        var on = posted.Data.ShouldBeOfType<CasePosted>().PostedOn;

        var row = (await amina.GetAsync($"/console/cases/{caseId}")).Document.QuerySelector("#timeline tbody tr")!;
        row.QuerySelector("th")!.TextContent.ShouldBe(on.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")),
            "the case's own day (the test's clock), not when the store recorded it");
        row.QuerySelector("td[data-label=Recorded]")!.TextContent.ShouldMatch(@"^\d{1,2} \w+ \d{4}, \d\d:\d\d$");
        row.QuerySelector("td[data-label=Who]")!.TextContent.ShouldBe("Amina", "the name the organisation gave the facilitator, not her user id");
        row.QuerySelector("td[data-label=Recorded] time")!.GetAttribute("datetime").ShouldBe(posted.Timestamp.ToString("O"));
    }

    [Fact]
    public async Task A_console_error_is_a_page_in_the_persons_language_with_a_way_back_and_the_api_keeps_problem_json()
    {
        var elsewhere = await CaseScene.SetUp(Host, Coordinator(OrgB));
        var theirs = await Host.PostCaseAsync(Coordinator(OrgB), elsewhere.Group, CaseScene.ItsmeCase(elsewhere.Samira));
        var amina = await As(CaseScene.Facilitator, Security.FacilitatorRole, "fr");

        var missing = await amina.GetAsync($"/console/cases/{theirs}");
        missing.Status.ShouldBe(HttpStatusCode.NotFound);
        missing.Document.QuerySelector("h1")!.TextContent.ShouldBe("Page introuvable");
        missing.Document.QuerySelector("html")!.GetAttribute("lang").ShouldBe("fr");
        missing.Document.QuerySelector("main a[href='/console']")!.TextContent.ShouldBe("Revenir à mes groupes");
        (await amina.GetAsync("/console/no-such-page")).Document.QuerySelector("h1")!.TextContent.ShouldBe("Page introuvable");

        var token = (await amina.GetAsync("/console")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var forbidden = await amina.PostAsync("/console", ("name", "Mon groupe"), ("place", "Ici"), ("startsOn", "2026-09-01"), ("endsOn", "2027-06-30"),
            ("languages", "fr"), ("__RequestVerificationToken", token));
        forbidden.Status.ShouldBe(HttpStatusCode.Forbidden);
        forbidden.Document.QuerySelector("h1")!.TextContent.ShouldBe("Accès refusé");

        foreach (var (code, title) in new[] { (409, "Déjà changé"), (500, "Une erreur est survenue") })
        {
            var page = await amina.GetAsync($"/console/error/{code}");
            ((int)page.Status).ShouldBe(code);
            page.Document.QuerySelector("h1")!.TextContent.ShouldBe(title);
        }

        var api = await Host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {Facilitator(CaseScene.Facilitator)}");
            s.Get.Url($"/api/cases/{theirs}");
            s.StatusCodeShouldBe(404);
        });
        api.Context.Response.ContentType.ShouldStartWith("application/problem+json");
    }
}
