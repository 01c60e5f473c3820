using Alba;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Projections.Library;
using Marten.Events.Daemon.Coordination;
using Microsoft.Extensions.DependencyInjection;

namespace LivingLibrary.Api.Tests.Platform;

/// <summary>A stored view says how far behind the events it is (View-Lag), so that a reader can tell a stale view from a quiet group.</summary>
public sealed class ViewLagTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string CaughtUp = "events=0, seconds=0.0";

    [Fact]
    public async Task A_stored_view_behind_the_events_says_by_how_many_and_caught_up_says_none()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        var samira = await Host.EnrolAsync(Coordinator(), group, ParticipantScenarios.NewParticipant("Samira"));
        await ViewsCaughtUp();
        (await LagOf(group, lag => lag == CaughtUp)).ShouldBe(CaughtUp);

        // Nobody projects the group views for a while (as when the node running them is gone): an offer is appended.
        var daemon = Host.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        await daemon.StopAgentAsync($"{nameof(GroupLibrary)}:All");
        try
        {
            var before = await Sql<long>($"select max(seq_id) from {Store.Options.Events.DatabaseSchemaName}.mt_events");
            await Host.OfferAsync(Coordinator(), samira, "pay-bill-online", 5);
            var appended = await Sql<long>($"select count(*) from {Store.Options.Events.DatabaseSchemaName}.mt_events where seq_id > @before",
                ("before", before));

            var behind = await LagOf(group, lag => lag != CaughtUp);
            behind.ShouldStartWith($"events={appended}, seconds=");
            (await Catalogue(group)).Skills.ShouldBeEmpty("the stored view has not taken the offer yet");
        }
        finally
        {
            await daemon.StartAgentAsync($"{nameof(GroupLibrary)}:All", CancellationToken.None);
        }

        await ViewsCaughtUp();
        (await LagOf(group, lag => lag == CaughtUp)).ShouldBe(CaughtUp);
        (await Catalogue(group)).Skills.ShouldHaveSingleItem();
    }

    /// <summary>The group catalogue's View-Lag once it says what <paramref name="awaited"/> waits for (the node reads the lag every quarter second), or after 5 s.</summary>
    private async Task<string> LagOf(Guid group, Func<string, bool> awaited)
    {
        for (var asked = 1; ; asked++)
        {
            var answer = await Send(Coordinator(), s => s.Get.Url($"/api/groups/{group}/catalogue"));
            var lag = answer.Context.Response.Headers[ProjectionLag.Header].ToString();
            if (awaited(lag) || asked == 50) return lag;
            await Task.Delay(100);
        }
    }

    private async Task<CatalogueView> Catalogue(Guid group) =>
        (await (await Send(Coordinator(), s => s.Get.Url($"/api/groups/{group}/catalogue"))).ReadAsJsonAsync<CatalogueView>())!;
}
