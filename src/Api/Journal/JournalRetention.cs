using Microsoft.Extensions.Options;

namespace LivingLibrary.Api.Journal;

/// <summary>The journal's settings: <c>AccessJournal:RetentionMonths</c>, how long an entry is kept (12 unless set).</summary>
public sealed class AccessJournalOptions
{
    public const string Section = "AccessJournal";
    public const int DefaultRetentionMonths = 12;

    public int RetentionMonths { get; set; } = DefaultRetentionMonths;
}

/// <summary>
/// How long the access journal keeps an entry. Something scheduled calls <see cref="ForgetExpiredAsync"/>; besides it,
/// only an erasure deletes entries (those about the erased person).
/// </summary>
public sealed class JournalRetention(IDocumentStore store, TimeProvider clock, IOptions<AccessJournalOptions> options)
{
    public int Months => options.Value.RetentionMonths;

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
