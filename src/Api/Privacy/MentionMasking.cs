using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;
using NpgsqlTypes;

namespace LivingLibrary.Api.Privacy;

/// <summary>
/// An erased person's mentions in what others wrote (docs/adr/0014): who they were (every name and contact their records
/// held), and every free text of the organisation's events (<see cref="PersonalData.MayName"/>) and every correlation id
/// that still names them, masked in place: "[erased] called about her pension" stays in someone else's case.
/// </summary>
public static class MentionMasking
{
    /// <summary>How the person may be named, from their records as they are now: for a participant, every name and contact of their stream.</summary>
    public static async Task<Mentions> MentionsOfAsync(this IDocumentStore store, string organisation, PersonKind kind, Guid id,
        CancellationToken cancellation = default)
    {
        await using var session = store.QuerySession(organisation);
        IReadOnlyList<Guid> records = kind == PersonKind.Participant
            ? [id]
            : [.. await session.Query<ProblemCase>().Where(c => c.Visitor!.VisitorId == id).Select(c => c.Id).ToListAsync(cancellation),
               .. await session.Query<NetworkReferral>().Where(r => r.VisitorId == id).Select(r => r.Id).ToListAsync(cancellation)];
        var said = new List<PersonalDetails>();
        foreach (var stream in records)
            said.AddRange((await session.Events.FetchStreamAsync(stream, token: cancellation)).Select(e => e.Data switch
            {
                ParticipantEnrolled x => x.Person,
                ParticipantDetailsUpdated x => x.Person,
                DropInRequestRecorded x => new PersonalDetails(x.Visitor.Pseudonym ?? "", x.Visitor.Contact),
                ReferralReceived x => new PersonalDetails(x.Passed.Name ?? "", x.Passed.Contact),
                _ => null,
            }).OfType<PersonalDetails>());
        var known = new KnownAs([.. said.Select(p => p.DisplayName)], [.. said.Select(p => p.Contact).OfType<string>()]);
        return Mentions.Of(organisation, known, await OthersNamesAsync(session, id, cancellation), byFirstName: kind == PersonKind.Participant);
    }

    /// <summary>Everyone else the organisation names: participants, visitors, facilitators and desk staff.</summary>
    private static async Task<IEnumerable<string?>> OthersNamesAsync(IQuerySession session, Guid id, CancellationToken cancellation)
    {
        var participants = await session.Query<Participant>().Where(p => p.Id != id).Select(p => p.Person.DisplayName).ToListAsync(cancellation);
        var visitors = (await session.Query<ProblemCase>().Where(c => c.Visitor != null && c.Visitor.VisitorId != id).ToListAsync(cancellation))
            .Select(c => c.Visitor!.Pseudonym);
        var facilitators = (await session.Query<Group>().ToListAsync(cancellation)).SelectMany(g => g.Facilitators.Select(f => f.DisplayName));
        var staff = (await session.Query<DropInDesk>().ToListAsync(cancellation)).SelectMany(d => d.Staff.Select(s => s.DisplayName));
        return [.. participants, .. visitors, .. facilitators, .. staff];
    }

    /// <summary>
    /// Masks every mention of the person in the organisation's events, in their free texts and their correlation and
    /// causation ids (replaced by a new id, one per old one, so that what was one request still reads as one); returns the
    /// streams whose events changed, to fold again.
    /// </summary>
    public static async Task<IReadOnlyCollection<Guid>> MaskMentionsAsync(this IDocumentStore store, string organisation, Mentions mentions,
        CancellationToken cancellation = default)
    {
        if (mentions.IsEmpty) return [];
        var events = $"{store.Options.Events.DatabaseSchemaName}.mt_events";
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);

        var changes = new List<(long Sequence, Guid Stream, string? Data, string? Correlation, string? Causation)>();
        var newIds = new Dictionary<string, string>();
        string? NewId(string? old) => old is not null && mentions.In(old) ? newIds.TryGetValue(old, out var id) ? id : newIds[old] = Guid.NewGuid().ToString("N") : null;
        await using (var read = new NpgsqlCommand(
                         $"select seq_id, stream_id, mt_dotnet_type, data::text, correlation_id, causation_id from {events} where tenant_id = @tenant", connection))
        {
            read.Parameters.AddWithValue("tenant", organisation);
            Narrow(read, mentions);
            await using var reader = await read.ExecuteReaderAsync(cancellation);
            while (await reader.ReadAsync(cancellation))
            {
                var data = reader.IsDBNull(2) ? null : MaskedJson(reader.GetString(2), reader.GetString(3), mentions);
                var correlation = NewId(reader.IsDBNull(4) ? null : reader.GetString(4));
                var causation = NewId(reader.IsDBNull(5) ? null : reader.GetString(5));
                if (data is not null || correlation is not null || causation is not null)
                    changes.Add((reader.GetInt64(0), reader.GetGuid(1), data, correlation, causation));
            }
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        foreach (var change in changes)
        {
            await using var update = new NpgsqlCommand(
                $"update {events} set data = coalesce(@data, data), correlation_id = coalesce(@correlation, correlation_id), " +
                "causation_id = coalesce(@causation, causation_id) where seq_id = @sequence", connection, transaction);
            update.Parameters.Add(new NpgsqlParameter("data", NpgsqlDbType.Jsonb) { Value = (object?)change.Data ?? DBNull.Value });
            update.Parameters.Add(new NpgsqlParameter("correlation", NpgsqlDbType.Varchar) { Value = (object?)change.Correlation ?? DBNull.Value });
            update.Parameters.Add(new NpgsqlParameter("causation", NpgsqlDbType.Varchar) { Value = (object?)change.Causation ?? DBNull.Value });
            update.Parameters.AddWithValue("sequence", change.Sequence);
            await update.ExecuteNonQueryAsync(cancellation);
        }
        await transaction.CommitAsync(cancellation);
        return changes.Select(c => c.Stream).ToHashSet();
    }

    /// <summary>
    /// Narrows the search to the events whose text holds the first word of some form, when every form is known in clear and
    /// written in plain letters: PostgreSQL compares without accents (translate) and case (~*), the code then decides.
    /// </summary>
    private static void Narrow(NpgsqlCommand command, Mentions mentions)
    {
        var words = mentions.FirstWords;
        if (words.Count == 0 || !words.All(w => w.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)))) return;
        command.CommandText += " and translate(data::text || ' ' || coalesce(correlation_id, '') || ' ' || coalesce(causation_id, ''), @accented, @plain) ~* @words";
        command.Parameters.AddWithValue("accented", Accented.From);
        command.Parameters.AddWithValue("plain", Accented.To);
        command.Parameters.AddWithValue("words", string.Join('|', words));
    }

    /// <summary>The Latin letters with accents, and each one's plain letter, as <see cref="Mentions.Words"/> reads them.</summary>
    private static readonly (string From, string To) Accented = AccentedLetters();

    private static (string, string) AccentedLetters()
    {
        var letters = Enumerable.Range(0xC0, 0x250 - 0xC0).Select(c => ((char)c).ToString())
            .Select(c => (Letter: c, Words: Mentions.Words(c))).Where(c => c.Words is [{ Length: 1 } plain] && char.IsAsciiLetter(plain[0])).ToList();
        return (string.Concat(letters.Select(l => l.Letter)), string.Concat(letters.Select(l => l.Words[0])));
    }

    /// <summary>Every free text of one event named by <see cref="PersonalData.MayName"/>, as paths in the stored JSON.</summary>
    private static readonly ILookup<string, string[]> FreeTexts = PersonalData.MayName.ToLookup(p => p[..p.IndexOf('.')], p => p.Split('.')[1..]);

    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The event's JSON with every free text that names the person masked, or null when none does.</summary>
    internal static string? MaskedJson(string dotnetType, string json, Mentions mentions)
    {
        var paths = FreeTexts[TypeName(dotnetType)].ToList();
        if (paths.Count == 0) return null;
        var root = JsonNode.Parse(json);
        var changed = false;
        foreach (var path in paths) changed |= MaskAt(root, path, mentions);
        return changed ? root!.ToJsonString(Unescaped) : null;
    }

    /// <summary>"LivingLibrary.Domain.Cases.CaseAccompanied, LivingLibrary.Domain" is a CaseAccompanied.</summary>
    private static string TypeName(string dotnetType)
    {
        var name = dotnetType.Split(',')[0];
        return name[(name.LastIndexOfAny(['.', '+']) + 1)..];
    }

    /// <summary>Masks the texts at a path such as <c>Answers[].Text</c> or <c>Accompaniment.Steps[]</c>, in the store's camelCase JSON.</summary>
    private static bool MaskAt(JsonNode? node, ReadOnlySpan<string> path, Mentions mentions)
    {
        if (node is not JsonObject parent || path.IsEmpty) return false;
        var list = path[0].EndsWith("[]", StringComparison.Ordinal);
        var name = JsonNamingPolicy.CamelCase.ConvertName(list ? path[0][..^2] : path[0]);
        var rest = path[1..];
        if (!list || parent[name] is not JsonArray items)
            return rest.IsEmpty ? MaskText(parent[name], mentions, masked => parent[name] = masked) : MaskAt(parent[name], rest, mentions);
        var changed = false;
        for (var i = 0; i < items.Count; i++)
        {
            var at = i;
            changed |= rest.IsEmpty ? MaskText(items[at], mentions, masked => items[at] = masked) : MaskAt(items[at], rest, mentions);
        }
        return changed;
    }

    private static bool MaskText(JsonNode? node, Mentions mentions, Action<string> replace)
    {
        if (node is not JsonValue value || !value.TryGetValue<string>(out var text) || mentions.Mask(text) is var masked && masked == text) return false;
        replace(masked);
        return true;
    }

    /// <summary>A knowledge entry shared with a network is a copy in the network's tenant: its texts are masked there too.</summary>
    public static async Task MaskSharedKnowledgeAsync(this IDocumentStore store, string organisation, Mentions mentions, CancellationToken cancellation)
    {
        if (mentions.IsEmpty) return;
        await using var session = store.LightweightSession(organisation);
        var shared = await session.Query<KnowledgeEntry>().Where(e => e.SharedWith.Any()).ToListAsync(cancellation);
        foreach (var network in shared.SelectMany(e => e.SharedWith).Distinct())
        {
            await using var copies = store.QuerySession(Network.TenantOf(network));
            foreach (var copy in await copies.Query<SharedKnowledgeEntry>().Where(e => e.OrganisationId == organisation).ToListAsync(cancellation))
            {
                var content = copy.Content;
                var masked = content with
                {
                    Title = mentions.Mask(content.Title), Situation = mentions.Mask(content.Situation), Steps = [.. content.Steps.Select(mentions.Mask)],
                };
                if (masked.Title != content.Title || masked.Situation != content.Situation || !masked.Steps.SequenceEqual(content.Steps))
                    session.ForTenant(Network.TenantOf(network)).Store(copy with { Content = masked });
            }
        }
        await session.SaveChangesAsync(cancellation);
    }
}
