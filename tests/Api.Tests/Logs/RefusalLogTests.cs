using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Support;

namespace LivingLibrary.Api.Tests.Logs;

/// <summary>
/// What a refused request leaves in the log at the levels the API ships with: one line, the request's own (method,
/// path, status, duration), without a stack trace and without the personal data it carried. A flood of hostile
/// requests then costs a line each, not a stack trace each.
/// </summary>
[Collection(KestrelCollection.Name)]
public sealed class RefusalLogTests(KestrelFixture kestrel)
{
    private const string Organisation = "org-refusal-logs";
    private const string Name = "Philibert Oyelaran-Quist";

    [Fact]
    public async Task A_refused_request_leaves_one_line_without_a_stack_trace_or_its_personal_data()
    {
        var token = kestrel.Token(Organisation);
        var group = await SendAsync(token, HttpMethod.Post, "/api/groups", JsonContent.Create(GroupScenarios.NewGroup()), 201);
        var groupId = group["id"]!.GetValue<Guid>();
        await SendAsync(token, HttpMethod.Post, $"/api/groups/{groupId}/close", JsonContent.Create(new { }), 200);
        var unknown = Guid.NewGuid();

        var refused = new (string Why, HttpMethod Method, string Url, HttpContent? Body, int Status, string? Token)[]
        {
            ("a date written 31/12/2026 and a list given as text", HttpMethod.Post, $"/api/groups/{groupId}/participants",
                Json($$$"""{"displayName":"{{{Name}}}","languages":"fr","consent":{"notice":"n","givenOn":"31/12/2026"}}"""), 400, token),
            ("a body that is not JSON", HttpMethod.Post, "/api/groups", Json($$$"""{"name":"{{{Name}}}","""), 400, token),
            ("a value no enum has", HttpMethod.Post, "/api/devices", Json($$$"""{"kind":"spaceship","identifier":"ANT-1","note":"{{{Name}}}"}"""), 400, token),
            ("a query value that is no date", HttpMethod.Get, $"/api/groups/{groupId}/catalogue?asOf={Uri.EscapeDataString(Name)}", null, 400, token),
            ("an unknown group", HttpMethod.Get, $"/api/groups/{unknown}", null, 404, token),
            ("an id that is none", HttpMethod.Get, "/api/groups/not-an-id", null, 404, token),
            ("a closed group", HttpMethod.Post, $"/api/groups/{groupId}/participants",
                JsonContent.Create(ParticipantScenarios.NewParticipant(Name), options: LivingLibrary.Projections.Library.ViewJson.Options), 409, token),
            ("a body of another kind", HttpMethod.Post, "/api/groups", new StringContent(Name, Encoding.UTF8, "text/plain"), 415, token),
            ("a body beyond the limit", HttpMethod.Post, "/api/groups", Json(new string(' ', (int)BodyLimit.MaxBytes + 1)), 413, token),
            ("no token", HttpMethod.Get, "/api/groups", null, 401, null),
        };

        foreach (var (why, method, url, body, status, caller) in refused)
        {
            var problem = await SendAsync(caller, method, url, body, status);
            await AssertOneLineAsync(problem, status, why);
        }

        var stale = await kestrel.SendRawAsync($"POST /api/groups/{groupId}/rename HTTP/1.1\nHost: localhost\nAuthorization: Bearer {token}\n"
            + "Content-Type: application/json\nContent-Length: 17\nIf-Match: \"\u00ff\"\n", "{\"name\":\"Mardi\"}\n"u8.ToArray());
        await AssertOneLineAsync(JsonNode.Parse(stale.Body)!, 412, "an If-Match that is no text");

        var named = kestrel.Log.Lines.Where(line => line.Contains("Philibert", StringComparison.OrdinalIgnoreCase)).ToList();
        named.ShouldBeEmpty(string.Join(Environment.NewLine, named));
    }

    /// <summary>The request's lines are those of its trace; the request line is written last, once the answer is sent.</summary>
    private async Task AssertOneLineAsync(JsonNode problem, int status, string why)
    {
        var trace = problem["traceId"]!.GetValue<string>().Split('-')[1];
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!kestrel.Log.Lines.Any(line => line.Contains($"trace={trace}") && line.Contains("HttpLoggingMiddleware")) && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        var lines = kestrel.Log.Lines.Where(line => line.Contains($"trace={trace}")).ToList();
        lines.Count.ShouldBe(1, $"{why}: {string.Join(Environment.NewLine, lines)}");
        lines[0].ShouldContain("HttpLoggingMiddleware", customMessage: why);
        lines[0].ShouldContain($"StatusCode: {status}", customMessage: why);
        lines[0].ShouldNotContain("   at ", customMessage: why);
    }

    private async Task<JsonNode> SendAsync(string? token, HttpMethod method, string url, HttpContent? body, int status)
    {
        using var request = new HttpRequestMessage(method, new Uri(kestrel.Address, url)) { Content = body };
        if (token is not null) request.Headers.Authorization = new("Bearer", token);
        using var response = await kestrel.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(status, $"{method} {url}: {text}");
        return JsonNode.Parse(text)!;
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");
}
