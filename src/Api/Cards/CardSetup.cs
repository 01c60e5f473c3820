using System.Security.Cryptography;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace LivingLibrary.Api.Cards;

/// <summary>A card's code as it is kept: its keyed hash, and whose card it is. One organisation-wide table, looked up by the hash alone.</summary>
public sealed record CardCode(string Id, string Organisation, Guid ParticipantId, Guid CardId);

/// <summary>The key of the codes' hashes when none is configured: made once, kept in the database.</summary>
public sealed record CardKey(string Id, string Key);

/// <summary>
/// The participants' cards (docs/adr/0026): where their codes' hashes are kept, the key that hashes them, the limit on
/// sign-in attempts, and the check of a signed-in cookie against the person as stored.
/// </summary>
public static class CardSetup
{
    public const string KeySetting = "Cards:Key";

    public static void AddCards(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureMarten(opts =>
        {
            opts.Schema.For<CardCode>().SingleTenanted().Index(c => c.ParticipantId);
            opts.Schema.For<CardKey>().SingleTenanted();
            opts.Schema.For<VisitorCardCode>().Index(c => c.VisitorId);
        });
        builder.Services.AddSingleton<CardKeys>();
        builder.Services.AddSingleton<CardAttempts>();
    }

    /// <summary>Deletes the person's codes: a revoked or reprinted card, an erasure.</summary>
    public static void ForgetCards(this IDocumentOperations session, string organisation, Guid participantId) =>
        session.DeleteWhere<CardCode>(c => c.Organisation == organisation && c.ParticipantId == participantId);
}

/// <summary>
/// The key of the codes' HMAC: <c>Cards:Key</c> (32 bytes or more, base64; a secret file in production), else a key made
/// once and kept in the database. Keyed rather than slow: a sign-in finds the card from the code alone, by one look-up of
/// its hash, and without the key a copy of the hashes gives no way to test guesses.
/// </summary>
public sealed class CardKeys(IDocumentStore store, IConfiguration configuration)
{
    private const string StoredId = "cards";
    private byte[]? key;

    public async Task<string> HashAsync(string typed, CancellationToken cancellation = default) =>
        CardCodes.Hash(key ??= await KeyAsync(cancellation), typed);

    private async Task<byte[]> KeyAsync(CancellationToken cancellation)
    {
        if (configuration[CardSetup.KeySetting] is { Length: > 0 } configured) return Convert.FromBase64String(configured);
        await using (var session = store.LightweightSession())
        {
            if (await session.LoadAsync<CardKey>(StoredId, cancellation) is { } stored) return Convert.FromBase64String(stored.Key);
            session.Insert(new CardKey(StoredId, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
            try
            {
                await session.SaveChangesAsync(cancellation);
            }
            catch (Exception) when (!cancellation.IsCancellationRequested)
            {
                // Another node made it first: theirs is the one.
            }
        }
        await using var query = store.QuerySession();
        return Convert.FromBase64String((await query.LoadAsync<CardKey>(StoredId, cancellation))!.Key);
    }
}

/// <summary>
/// Sign-in attempts with a code, limited per client address and per code tried (System.Threading.RateLimiting, the limiter
/// ASP.NET Core's middleware is made of): <c>Cards:Attempts</c> (10) in <c>Cards:WindowMinutes</c> (15). Counted in the
/// page's handler, since the code is in the form's body, and so that a refusal is said in plain words on the page.
/// </summary>
public sealed class CardAttempts : IDisposable
{
    private readonly PartitionedRateLimiter<(string Address, string Code)> limiter;

    public int Permits { get; }
    public int WindowMinutes { get; }

    public CardAttempts(IConfiguration configuration)
    {
        var permits = Permits = configuration.GetValue("Cards:Attempts", 10);
        WindowMinutes = configuration.GetValue("Cards:WindowMinutes", 15);
        FixedWindowRateLimiterOptions Window() => new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(WindowMinutes), QueueLimit = 0 };
        limiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<(string Address, string Code), string>(a => RateLimitPartition.GetFixedWindowLimiter(a.Address, _ => Window())),
            PartitionedRateLimiter.Create<(string Address, string Code), string>(a => RateLimitPartition.GetFixedWindowLimiter(a.Code, _ => Window())));
    }

    /// <summary>Counts one attempt; false when the address or the code has had its share of the window.</summary>
    public bool Allow(HttpContext context, string codeHash)
    {
        using var lease = limiter.AttemptAcquire((context.Connection.RemoteIpAddress?.ToString() ?? "", codeHash));
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}

/// <summary>
/// A participant's cookie carries how many times they had been signed out everywhere when it was made; each request checks
/// it against the person as stored (one document read, handed on to the page), and a cookie that is behind, or of someone
/// who left, was erased or withdrew consent, is signed out: the sign-in page and nothing else.
/// </summary>
public static class SignInStamp
{
    public const string Claim = "signouts";

    public static System.Security.Claims.Claim Of(int signOuts) => new(Claim, signOuts.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var user = context.Principal!;
        Participant? participant = null;
        if (Security.KindOf(user) == CallerKinds.Participant && int.TryParse(user.FindFirstValue(Claim), out var signOuts))
        {
            var caller = user.Caller();
            await using var session = context.HttpContext.RequestServices.GetRequiredService<IDocumentStore>().QuerySession(caller.OrganisationId);
            participant = await session.LoadAsync<Participant>(caller.ParticipantId!.Value, context.HttpContext.RequestAborted);
            if (participant?.StaysSignedIn(signOuts) != true) participant = null;
        }
        if (participant is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(ConsolePages.ConsoleSetup.ParticipantScheme);
            return;
        }
        context.HttpContext.Items[typeof(Participant)] = participant;
    }
}
