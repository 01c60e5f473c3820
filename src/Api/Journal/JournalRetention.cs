namespace LivingLibrary.Api.Journal;

/// <summary>
/// How long the access journal keeps an entry: <c>AccessJournal:RetentionMonths</c> (12 unless set). Something
/// scheduled calls <see cref="ForgetExpiredAsync"/>; nothing else deletes entries.
/// </summary>
public sealed class JournalRetention(IDocumentStore store, TimeProvider clock, IConfiguration configuration)
{
    public const int DefaultMonths = 12;

    public int Months => configuration.GetValue("AccessJournal:RetentionMonths", DefaultMonths) is var months and > 0
        ? months
        : throw new InvalidOperationException("AccessJournal:RetentionMonths must be a number of months, at least 1.");

    /// <summary>Entries recorded before this moment are past the retention.</summary>
    public DateTimeOffset Cut => clock.GetUtcNow().AddMonths(-Months);

    /// <summary>Deletes the entries past the retention, in every organisation; returns how many there were.</summary>
    public async Task<int> ForgetExpiredAsync(CancellationToken cancellation = default)
    {
        var cut = Cut;
        await using var session = store.LightweightSession();
        var expired = await session.Query<AccessJournalEntry>().Where(e => e.AnyTenant() && e.At < cut).CountAsync(cancellation);
        session.DeleteWhere<AccessJournalEntry>(e => e.AnyTenant() && e.At < cut);
        await session.SaveChangesAsync(cancellation);
        return expired;
    }
}
