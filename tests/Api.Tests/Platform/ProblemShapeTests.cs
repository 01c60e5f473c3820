using System.Text;
using System.Text.Json;
using Alba;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Groups;

namespace LivingLibrary.Api.Tests.Platform;

/// <summary>
/// Every refusal in one shape (docs/adr/0003): a body or a query value that cannot be read is the 400 of a domain
/// refusal, naming every field at fault and what it must be; every 404 says "Not found." and "There is no such …";
/// none names the code's types.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ProblemShapeTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly string[] TypeWords = ["DeclareLearningNeed", "EnrolParticipant", "CreateGroup", "GivenConsent", "TimeSlot", "DayOfWeek",
        "NeedPriority", "CaseStatus", "IReadOnlyList", "DateOnly", "Nullable", "`1", "Path: $", "Unknown", "identity", "LineNumber"];

    [Fact]
    public async Task A_body_that_cannot_be_read_names_every_field_at_fault_and_what_it_must_be_as_a_domain_refusal_does()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        var participant = await Host.EnrolAsync(Coordinator(), group);
        var domainRefusal = await PostAsync("/api/groups", """{"name":"","place":"Agora","startsOn":"2026-09-01","endsOn":"2027-06-30","languages":["fr"]}""");
        var before = await EventCount();

        var need = await PostAsync($"/api/participants/{participant}/needs", """{"skill":"pay-bill-online","priority":"urgent","deadline":"31/12/2026"}""");
        need.Errors.Keys.Order().ShouldBe(["deadline", "priority"]);
        need.Errors["deadline"].ShouldBe(["must be a date written yyyy-MM-dd."]);
        need.Errors["priority"].ShouldBe(["must be low, normal or high, as a name (not a number)."]);

        var enrolment = await PostAsync($"/api/groups/{group}/participants", """
            {"displayName":"Hortense","languages":["fr",3],"availability":[{"day":"tuesday","part":"morning"},{"day":"someday","part":"night"}],
             "contact":{"phone":"0470"},"consent":{"notice":"notice-2026-fr","givenOn":"2026/09/01","version":"two"}}
            """);
        enrolment.Errors.Keys.Order().ShouldBe(["availability[1].day", "availability[1].part", "consent.givenOn", "consent.version", "contact", "languages[1]"]);
        enrolment.Errors["availability[1].day"].Single().ShouldBe("must be sunday, monday, tuesday, wednesday, thursday, friday or saturday, as a name (not a number).");
        enrolment.Errors["consent.version"].Single().ShouldStartWith("must be a whole number");
        enrolment.Errors["contact"].ShouldBe(["must be a text."]);
        enrolment.Errors["languages[1]"].ShouldBe(["must be a text."]);

        var shapeless = await PostAsync("/api/groups", """[{"name":"Mardi"}]""");
        shapeless.Errors["body"].Single().ShouldBe("must be an object with the fields name, place, startsOn, endsOn, languages.");
        var broken = await PostAsync("/api/groups", """{"name":"Mardi",""");
        broken.Errors["body"].Single().ShouldStartWith("is not valid JSON");
        var empty = await PostAsync("/api/groups", "");
        empty.Errors["body"].ShouldBe(["is required: a JSON object."]);

        foreach (var problem in new[] { need, enrolment, shapeless, broken, empty })
        {
            (problem.Type, problem.Title, problem.Detail, problem.Status).ShouldBe((domainRefusal.Type, domainRefusal.Title, domainRefusal.Detail, 400));
            TypeWords.ShouldAllBe(word => !problem.Text.Contains(word, StringComparison.Ordinal), problem.Text);
        }
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_query_value_that_cannot_be_read_is_a_400_naming_the_parameter_and_what_it_must_be()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        var domainRefusal = await PostAsync("/api/groups", """{"name":""}""");

        var asOf = await GetProblemAsync($"/api/groups/{group}/catalogue?asOf=31-12-2026", 400);
        asOf.Errors.Keys.ShouldBe(["asOf"]);
        asOf.Errors["asOf"].ShouldBe(["must be a date written yyyy-MM-dd."]);
        var status = await GetProblemAsync($"/api/groups/{group}/cases?status=pending", 400);
        status.Errors.Keys.ShouldBe(["status"]);
        status.Errors["status"].ShouldBe(["must be open, resolved, referred, closed or voided, as a name (not a number)."]);

        foreach (var problem in new[] { asOf, status })
        {
            (problem.Type, problem.Title, problem.Detail).ShouldBe((domainRefusal.Type, domainRefusal.Title, domainRefusal.Detail));
            problem.Text.ShouldNotContain("parameter");
            TypeWords.ShouldAllBe(word => !problem.Text.Contains(word, StringComparison.Ordinal), problem.Text);
        }
    }

    [Fact]
    public async Task Every_404_says_not_found_and_names_what_is_missing_by_the_word_of_its_address()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        var unknown = Guid.NewGuid();
        var missing = new (string Method, string Url, string Thing)[]
        {
            ("GET", $"/api/groups/{unknown}", "group"),                        // a stream read by Wolverine
            ("POST", $"/api/groups/{unknown}/rename", "group"),                // a stream written by Wolverine
            ("GET", $"/api/groups/{unknown}/participants", "group"),
            ("GET", $"/api/cases/{unknown}", "case"),
            ("GET", $"/api/desks/{unknown}", "drop-in desk"),
            ("GET", $"/api/reports/{unknown}", "report"),
            ("GET", $"/api/pairings/suggestions/{unknown}", "suggestion"),
            ("GET", $"/api/networks/{unknown}/knowledge", "network"),          // a refusal of the domain
            ("GET", "/api/groups/not-an-id", "group"),                         // an id that cannot be one
            ("GET", $"/api/participants/not-an-id/pairings", "participant"),
            ("POST", $"/api/groups/{group}/facilitators/x/y", "resource"),     // no such address at all
        };

        foreach (var (method, url, thing) in missing)
        {
            var problem = await ProblemAsync(method, url, method == "POST" ? """{"name":"Mardi"}""" : null, 404);
            (problem.Title, problem.Detail).ShouldBe(("Not found.", $"There is no such {thing}."), $"{method} {url}: {problem.Text}");
            TypeWords.ShouldAllBe(word => !problem.Text.Contains(word, StringComparison.Ordinal), problem.Text);
        }
    }

    private Task<Problem> PostAsync(string url, string body) => ProblemAsync("POST", url, body, 400);

    private Task<Problem> GetProblemAsync(string url, int status) => ProblemAsync("GET", url, null, status);

    private async Task<Problem> ProblemAsync(string method, string url, string? body, int status)
    {
        var result = await Send(Coordinator(), s =>
        {
            s.ConfigureHttpContext(c =>
            {
                c.Request.Method = method;
                var query = url.IndexOf('?');
                c.Request.Path = query < 0 ? url : url[..query];
                if (query >= 0) c.Request.QueryString = new Microsoft.AspNetCore.Http.QueryString(url[query..]);
                if (body is null) return;
                c.Request.ContentType = "application/json";
                c.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
            });
            s.StatusCodeShouldBe(status);
        });
        result.Context.Response.ContentType.ShouldStartWith("application/problem+json");
        var text = await result.ReadAsTextAsync();
        var problem = JsonSerializer.Deserialize<Problem>(text, JsonSerializerOptions.Web)!;
        return problem with { Text = text };
    }

    private sealed record Problem(string? Type, string? Title, int Status, string? Detail, Dictionary<string, string[]> Errors)
    {
        public string Text { get; init; } = "";
    }
}
