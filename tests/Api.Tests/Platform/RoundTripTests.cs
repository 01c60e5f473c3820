using System.Diagnostics;
using Alba;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Groups;

namespace LivingLibrary.Api.Tests.Platform;

/// <summary>
/// What a command costs the database: the commands and batches Npgsql sends for it, counted as Npgsql traces them (one
/// activity each; the transaction's BEGIN travels with the first, and its COMMIT is not traced) within the request's own
/// trace. Each is a round trip the API and PostgreSQL wait for each other (issue 21).
/// </summary>
public sealed class RoundTripTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Creating_a_group_sends_the_database_one_batch()
    {
        var statements = await StatementsOf(Coordinator(), s =>
        {
            s.Post.Json(GroupScenarios.NewGroup()).ToUrl("/api/groups");
            s.StatusCodeShouldBe(201);
        });

        statements.Count.ShouldBe(1, string.Join("\n", statements));
    }

    [Fact]
    public async Task A_command_on_a_group_reads_it_once_and_appends_in_one_batch()
    {
        var id = await Host.CreateGroupAsync(Coordinator());

        var statements = await StatementsOf(Coordinator(), s => s.Post.Json(new RenameGroup("Jeudi")).ToUrl($"/api/groups/{id}/rename"));

        statements.Count.ShouldBeLessThanOrEqualTo(2, string.Join("\n", statements));
        (await Stream(id)).Last().Data.ShouldBe(new GroupRenamed(id, "Jeudi"));
    }

    private async Task<List<string>> StatementsOf(string token, Action<Scenario> request)
    {
        var trace = ActivityTraceId.CreateRandom();
        var statements = new List<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Npgsql" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if (activity.Source.Name == "Npgsql" && activity.TraceId == trace)
                    lock (statements) statements.Add(activity.DisplayName);
            },
        };
        ActivitySource.AddActivityListener(listener);
        await Send(token, s =>
        {
            s.WithRequestHeader("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
            request(s);
        });
        lock (statements) return [.. statements];
    }
}
