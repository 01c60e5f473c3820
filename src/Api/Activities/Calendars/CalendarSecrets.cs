using System.Security.Cryptography;
using LivingLibrary.Api.Cards;
using LivingLibrary.Api.Participants;

namespace LivingLibrary.Api.Activities.Calendars;

/// <summary>A calendar address as listed: whose feed it opens, never its secret (shown once, when it was made).</summary>
public sealed record CalendarLinkView(Guid CalendarLinkId, FeedOf Of, Guid? GroupId, Guid? ParticipantId)
{
    public static CalendarLinkView From(CalendarLink link) => new(link.Id, link.Of, link.GroupId, link.ParticipantId);
}

/// <summary>A calendar address just made: the address to paste into a calendar, in this answer only.</summary>
/// <param name="Address">Left out when the answer is replayed for its Idempotency-Key: only the secret's hash is kept.</param>
public sealed record CalendarAddress(Guid CalendarLinkId, FeedOf Of,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Address);

/// <summary>
/// The secret of a calendar address (docs/adr/0030, Calendars): 160 random bits, kept only as its keyed hash, with the key
/// of the participants' cards (docs/adr/0026) and a prefix of its own, so that a card's code never hashes as a secret.
/// </summary>
public static class CalendarSecrets
{
    public const int Length = 40;

    public static string New() => Convert.ToHexString(RandomNumberGenerator.GetBytes(Length / 2));

    public static bool CanBe(string? key) => key is { Length: Length } && key.All(char.IsAsciiHexDigit);

    public static Task<string> HashAsync(this CardKeys keys, string secret) => keys.HashAsync("CALENDAR" + secret.ToUpperInvariant());

    public static string FeedRoute(string organisation) => $"/api/organisations/{Uri.EscapeDataString(organisation)}/calendar.ics";

    /// <summary>The address a calendar subscribes to: this server's, the organisation's feed, the secret in the query (never in a logged path).</summary>
    public static string Address(HttpRequest request, string organisation, string secret) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}{FeedRoute(organisation)}?key={secret}";

    /// <summary>A new address for a decision that starts a link's stream: the address in the answer, or the refusal with nothing kept.</summary>
    public static (IResult, IMartenOp) Start(Decision decision, Guid linkId, FeedOf of, string address) =>
        decision.Refusal is { } refused
            ? (Results.Problem(refused.ToProblem()), MartenOps.Nothing())
            : (Results.Json(new CalendarAddress(linkId, of, address), statusCode: StatusCodes.Status201Created),
                MartenOps.StartStream<CalendarLink>(linkId, [.. decision.Events]));

    /// <summary>Who may see or revoke an address: <see cref="CalendarLinkRules.MaySee"/>, and for a participant's, the staff who may act on them.</summary>
    public static async Task<Refusal?> MaySeeAsync(this IQuerySession session, CalendarLink link, ClaimsPrincipal user)
    {
        var caller = user.Caller();
        var group = link.GroupId is { } groupId ? await session.LoadAsync<Group>(groupId) : null;
        if (link.MaySee(caller, group) is { } refused) return refused;
        if (link.ParticipantId is not { } participantId || caller.IsParticipant) return null;
        return await session.LoadAsync<Participant>(participantId) is { } participant && await session.MayActOnAsync(participant, user) is null
            ? null
            : Refusal.NotFound(Thing.CalendarLink);
    }
}

public static class CalendarErasure
{
    /// <summary>An erased participant's calendar addresses are revoked: their feed answers 404, and nothing names them there.</summary>
    public static async Task RevokeCalendarLinksAsync(this IDocumentStore store, string organisation, Guid participantId, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession(organisation);
        foreach (var link in await session.Query<CalendarLink>().Where(l => l.ParticipantId == participantId && !l.Revoked).ToListAsync(cancellation))
            session.Events.Append(link.Id, [.. RevokeCalendarLink.Decide(link).Events]);
        await session.SaveChangesAsync(cancellation);
    }
}
