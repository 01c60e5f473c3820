using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LivingLibrary.Api.Tests.Support;

namespace LivingLibrary.Api.Tests.Platform;

/// <summary>
/// Requests as bytes on the wire, through Kestrel's own parser (the test server never parses a request): what reaches
/// the API is answered as problem+json; what Kestrel refuses before any middleware is said here (docs/adr/0003).
/// </summary>
[Collection(KestrelCollection.Name)]
public sealed class KestrelTests(KestrelFixture kestrel)
{
    private const string Organisation = "org-kestrel";

    [Fact]
    public async Task A_header_value_that_is_not_ascii_reaches_the_api_and_is_answered_as_problem_json()
    {
        var token = kestrel.Token(Organisation);
        var group = await CreateGroupAsync(token);

        // An If-Match with a byte that is no character at all: the command's own check answers it.
        var stale = await kestrel.SendRawAsync($"POST /api/groups/{group}/rename HTTP/1.1\nHost: localhost\nAuthorization: Bearer {token}\n"
            + "Content-Type: application/json\nContent-Length: 17\nIf-Match: \"\u00ff\"\n", "{\"name\":\"Mardi\"}\n"u8.ToArray());
        stale.Status.ShouldBe(412, stale.Body);
        stale.Headers["Content-Type"].ShouldStartWith("application/problem+json");
        var problem = JsonNode.Parse(stale.Body)!;
        problem["status"]!.GetValue<int>().ShouldBe(412);
        problem["title"]!.GetValue<string>().ShouldNotBeNullOrEmpty();

        // A header in UTF-8 (a name in a custom header) is read as such, not refused.
        var read = await kestrel.SendRawAsync($"GET /api/groups/{group} HTTP/1.1\nHost: localhost\nAuthorization: Bearer {token}\n"
            + $"X-Note: {System.Text.Encoding.Latin1.GetString("Hélène"u8)}\n");
        read.Status.ShouldBe(200, read.Body);
    }

    [Fact]
    public async Task What_kestrel_refuses_before_any_middleware_is_a_400_without_a_body_on_a_closed_connection()
    {
        var token = kestrel.Token(Organisation);
        foreach (var head in new[]
        {
            $"GET /api/groups/%00 HTTP/1.1\nHost: localhost\nAuthorization: Bearer {token}\n",              // a NUL in the path
            $"GET /api/groups/\u00ff HTTP/1.1\nHost: localhost\nAuthorization: Bearer {token}\n",           // a raw byte that is not ASCII in the path
            $"GET /api/groups HTTP/1.1\nHost: localhost\nAuthorization: Bearer {token}\nX-Note: a\u0000b\n", // a NUL in a header
            "GET /api/groups HTTP/1.1\nAuthorization: Bearer x\n",                                           // no Host
        })
        {
            var answer = await kestrel.SendRawAsync(head);
            (answer.Status, answer.Headers.GetValueOrDefault("Content-Length"), answer.Headers.GetValueOrDefault("Connection"), answer.Body)
                .ShouldBe((400, "0", "close", ""), head);
        }
    }

    private async Task<Guid> CreateGroupAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(kestrel.Address, "/api/groups"))
        {
            Content = JsonContent.Create(GroupScenarios.NewGroup()),
        };
        request.Headers.Authorization = new("Bearer", token);
        using var response = await kestrel.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
    }
}
