using System.Text;
using System.Text.Json;
using Alba;
using LivingLibrary.Api.Tests.Support;

namespace LivingLibrary.Api.Tests.Platform;

/// <summary>Every route that reads a JSON body, as the OpenAPI document lists them: a body of null, or none, is a 400 that appends nothing.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RequiredBodyTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_null_or_empty_body_is_refused_with_400_on_every_json_route_and_appends_nothing()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        var participant = await Host.EnrolAsync(Coordinator(), group);
        var routes = await JsonRoutesAsync();
        routes.Count.ShouldBeGreaterThan(20);
        var before = await EventCount();

        foreach (var (method, template) in routes)
        {
            var url = template.Replace("{groupId}", group.ToString()).Replace("{participantId}", participant.ToString())
                .Replace("{skill}", "4.2");
            url = System.Text.RegularExpressions.Regex.Replace(url, "{[A-Za-z]+}", _ => Guid.NewGuid().ToString());
            foreach (var body in new[] { "null", "" })
            {
                var result = await Host.Scenario(s =>
                {
                    s.WithRequestHeader("Authorization", $"Bearer {Coordinator()}");
                    s.ConfigureHttpContext(c =>
                    {
                        c.Request.Method = method;
                        c.Request.Path = url;
                        c.Request.ContentType = "application/json";
                        c.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
                    });
                    s.IgnoreStatusCode();
                });
                var status = result.Context.Response.StatusCode;
                status.ShouldBe(400, $"{method} {template} with body '{body}'");
                result.Context.Response.ContentType.ShouldStartWith("application/problem+json", customMessage: $"{method} {template}");
            }
        }
        (await EventCount()).ShouldBe(before);
    }

    private async Task<List<(string Method, string Template)>> JsonRoutesAsync()
    {
        using var document = JsonDocument.Parse(await (await Host.Scenario(s => s.Get.Url("/openapi/v1.json"))).ReadAsTextAsync());
        return [.. document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(op => op.Value.TryGetProperty("requestBody", out var body)
                    && body.GetProperty("content").TryGetProperty("application/json", out _))
                .Select(op => (op.Name.ToUpperInvariant(), path.Name)))];
    }
}
