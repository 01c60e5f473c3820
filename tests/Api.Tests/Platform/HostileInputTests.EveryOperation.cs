using System.Text;
using System.Text.Json.Nodes;
using Alba;

namespace LivingLibrary.Api.Tests.Platform;

/// <summary>Promises every operation the OpenAPI document lists keeps, whatever its input: versions and caching.</summary>
public sealed partial class HostileInputTests
{
    /// <summary>A visitor is no stream (the cases that name them are): their erasure and their card have no version to match.</summary>
    private static readonly string[] Unversioned = ["/api/visitors/{visitorId}/erase", "/api/visitors/{visitorId}/card"];

    [Fact]
    public async Task Every_command_on_a_resource_documents_412_and_never_succeeds_with_a_stale_if_match()
    {
        var ids = await SceneAsync();
        var document = JsonNode.Parse(await (await Host.Scenario(s => s.Get.Url("/openapi/v1.json"))).ReadAsTextAsync())!;
        var commands = (await OperationsAsync())
            .Where(o => o.Method != "GET" && o.Parameters.Any(p => p.In == "path") && !Unversioned.Contains(o.Template)).ToList();
        commands.Count.ShouldBeGreaterThan(60);
        var refusedAsStale = new List<string>();

        foreach (var command in commands)
        {
            var operation = document["paths"]![command.Template]![command.Method.ToLowerInvariant()]!;
            operation["responses"]!["412"].ShouldNotBeNull($"{command.Method} {command.Template} does not document 412");
            var csv = operation["requestBody"]?["content"]?["text/csv"] is not null;
            var body = csv ? "displayName;consentNotice;consentGivenOn\nSamira;notice-2026-fr;2026-09-01\n" : command.Sample?.ToJsonString();
            var path = command.Parameters.Where(p => p.In == "path")
                .Aggregate(command.Template, (url, p) => url.Replace($"{{{p.Name}}}", Uri.EscapeDataString(ids.GetValueOrDefault(p.Name, Guid.NewGuid().ToString()))));
            var before = await EventCount();

            var result = await Host.Scenario(s =>
            {
                s.WithRequestHeader("Authorization", $"Bearer {Coordinator()}");
                s.ConfigureHttpContext(c =>
                {
                    c.Request.Method = command.Method;
                    c.Request.Path = path;
                    c.Request.Headers.IfMatch = "\"999999\"";
                    if (body is null) return;
                    c.Request.ContentType = csv ? "text/csv" : "application/json";
                    c.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
                });
                s.IgnoreStatusCode();
            });

            var status = result.Context.Response.StatusCode;
            var answered = $"{command.Method} {path} with If-Match \"999999\" answered {status} {await result.ReadAsTextAsync()}";
            status.ShouldBeGreaterThanOrEqualTo(400, answered);
            (await EventCount()).ShouldBe(before, answered);
            if (status == 412) refusedAsStale.Add(command.Template);
        }

        // The samples are valid enough that most commands reach the version check (the others are refused earlier, for their input).
        refusedAsStale.ShouldContain("/api/groups/{groupId}/participants");
        refusedAsStale.ShouldContain("/api/groups/{groupId}/participants/import");
        refusedAsStale.Count.ShouldBeGreaterThan(commands.Count / 2);
    }

    [Fact]
    public async Task Every_answer_of_every_read_and_of_the_console_says_no_store()
    {
        var ids = await SceneAsync();
        var reads = (await OperationsAsync()).Where(o => o.Method == "GET").ToList();
        reads.Count.ShouldBeGreaterThan(40);

        foreach (var read in reads)
        {
            var path = read.Parameters.Where(p => p.In == "path")
                .Aggregate(read.Template, (url, p) => url.Replace($"{{{p.Name}}}", Uri.EscapeDataString(ids.GetValueOrDefault(p.Name, Guid.NewGuid().ToString()))));
            var result = await Host.Scenario(s =>
            {
                s.WithRequestHeader("Authorization", $"Bearer {Coordinator()}");
                s.Get.Url(path);
                s.IgnoreStatusCode();
            });
            result.Context.Response.Headers.CacheControl.ToString().ShouldContain("no-store",
                customMessage: $"GET {path} answered {result.Context.Response.StatusCode}");
        }
        foreach (var page in new[] { "/console", "/console/sign-in", "/console/no-such-page" })
        {
            var result = await Host.Scenario(s =>
            {
                s.Get.Url(page);
                s.IgnoreStatusCode();
            });
            result.Context.Response.Headers.CacheControl.ToString().ShouldContain("no-store", customMessage: page);
        }
    }
}
