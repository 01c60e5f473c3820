using LivingLibrary.Domain.Knowledge;
using Marten;

namespace LivingLibrary.Projections;

/// <summary>
/// Knowledge search: words, stemmed in the entry's own language (one full-text index per language),
/// and filters by service, difficulty and skill. Web-style queries: quotes, "or", "-word".
/// </summary>
public static class KnowledgeSearch
{
    public static readonly IReadOnlyList<(string Language, string Config)> Configs = [("fr", "french"), ("nl", "dutch"), ("en", "english")];

    public const int MaxResults = 50;

    public static async Task<IReadOnlyList<KnowledgeEntry>> SearchAsync(this IQuerySession session, string? words, string? language,
        string? service, string? difficulty, string? skill, KnowledgeStatus status, CancellationToken cancellation = default)
    {
        var query = session.Query<KnowledgeEntry>().Where(e => e.Status == status);
        if (language is not null) query = query.Where(e => e.Content.Language == language);
        if (service is not null) query = query.Where(e => e.Content.Service == service);
        if (difficulty is not null) query = query.Where(e => e.Content.Difficulty == difficulty);
        if (skill is not null) query = query.Where(e => e.Content.Skills.Contains(skill));
        if (string.IsNullOrWhiteSpace(words))
            return await query.OrderByDescending(e => e.HelpedCount).ThenBy(e => e.Content.Title).Take(MaxResults).ToListAsync(cancellation);

        // Each language's entries are matched with that language's stemming, so that its index serves the search.
        var found = new List<KnowledgeEntry>();
        foreach (var (code, config) in Configs.Where(c => language is null || c.Language == language))
            found.AddRange(await query.Where(e => e.Content.Language == code && e.WebStyleSearch(words, config))
                .OrderByDescending(e => e.HelpedCount).Take(MaxResults).ToListAsync(cancellation));
        return [.. found.OrderByDescending(e => e.HelpedCount).ThenBy(e => e.Content.Title, StringComparer.Ordinal).Take(MaxResults)];
    }

    /// <summary>A network's shared entries (the session is the network's tenant), by words in each entry's language, service and difficulty.</summary>
    public static async Task<IReadOnlyList<SharedKnowledgeEntry>> SearchSharedAsync(this IQuerySession session, string? words, string? language,
        string? service, string? difficulty, CancellationToken cancellation = default)
    {
        var query = session.Query<SharedKnowledgeEntry>().AsQueryable();
        if (language is not null) query = query.Where(e => e.Content.Language == language);
        if (service is not null) query = query.Where(e => e.Content.Service == service);
        if (difficulty is not null) query = query.Where(e => e.Content.Difficulty == difficulty);
        if (string.IsNullOrWhiteSpace(words)) return await query.OrderBy(e => e.Content.Title).Take(MaxResults).ToListAsync(cancellation);
        var found = new List<SharedKnowledgeEntry>();
        foreach (var (code, config) in Configs.Where(c => language is null || c.Language == language))
            found.AddRange(await query.Where(e => e.Content.Language == code && e.WebStyleSearch(words, config)).Take(MaxResults).ToListAsync(cancellation));
        return [.. found.OrderBy(e => e.Content.Title, StringComparer.Ordinal).Take(MaxResults)];
    }
}
