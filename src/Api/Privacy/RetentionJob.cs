using LivingLibrary.Api.Cases;
using Microsoft.Extensions.Hosting;
using Wolverine;

namespace LivingLibrary.Api.Privacy;

/// <summary>The daily run of every organisation's retention, and of the access journal's, the idempotent answers' and the photos of ended cases, as a Wolverine message.</summary>
public sealed record ApplyRetention;

public static class ApplyRetentionHandler
{
    public static async Task Handle(ApplyRetention _, IDocumentStore store, ForgetList forgetList, LivingLibrary.Api.Journal.JournalRetention journal, TimeProvider clock,
        ILogger<ApplyRetention> logger, Microsoft.Extensions.Options.IOptions<CasePhotoOptions> photos, CancellationToken cancellation)
    {
        await journal.ForgetExpiredAsync(cancellation);
        await store.ForgetPhotosOfEndedCasesAsync(photos.Value.KeepDaysAfterEnd, clock.Today(), cancellation);
        await store.ForgetExpiredAnswersAsync(clock.GetUtcNow(), cancellation);
        await using var session = store.QuerySession();
        var organisations = await session.Query<RetentionPolicy>().Where(p => p.AnyTenant() && p.MonthsAfterLeaving != null)
            .Select(p => p.OrganisationId).ToListAsync(cancellation);
        foreach (var organisation in organisations)
        {
            var erased = await store.ApplyRetentionAsync(forgetList, organisation, clock.Today(), cancellation);
            // Counts only: no name, no id of a person in the log.
            if (erased.Count > 0) logger.LogInformation("Retention erased {Count} people's data in an organisation.", erased.Count);
        }
    }
}

/// <summary>Sends <see cref="ApplyRetention"/> a minute after start, then every day (Retention:Daily=false turns it off, as the tests do).</summary>
public sealed class RetentionSchedule(IServiceProvider services, IConfiguration configuration) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        if (!configuration.GetValue("Retention:Daily", true)) return;
        try
        {
            await Task.Delay(TimeSpan.FromMinutes(1), stopping);
            using var timer = new PeriodicTimer(TimeSpan.FromDays(1));
            do
            {
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync(new ApplyRetention(), stopping);
            }
            while (await timer.WaitForNextTickAsync(stopping));
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }
}
