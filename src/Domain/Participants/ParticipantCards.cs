using System.Security.Cryptography;
using System.Text;

namespace LivingLibrary.Domain.Participants;

/// <summary>A personal card was printed for the participant: a code and its QR code, the way into their own space (docs/adr/0026).</summary>
public sealed record CardIssued(Guid ParticipantId, Guid CardId, DateOnly IssuedOn);

/// <summary>The card no longer signs anyone in, and every phone signed in with it is signed out.</summary>
public sealed record CardRevoked(Guid ParticipantId, Guid CardId);

/// <summary>The participant signed in with their card's code: the code is used up.</summary>
public sealed record SignedInWithCard(Guid ParticipantId, Guid CardId);

/// <summary>Every phone and computer signed in as the participant is signed out.</summary>
public sealed record SignedOutEverywhere(Guid ParticipantId);

/// <summary>The participant's current card: whether its code was used to sign in already.</summary>
public sealed record ParticipantCard(Guid Id, DateOnly IssuedOn, bool Used);

public sealed partial record Participant
{
    public ParticipantCard? Card { get; init; }

    /// <summary>
    /// How many times everyone was signed out (a card revoked, "sign out everywhere"): a cookie carries the number it was
    /// signed in under, and is refused once this has moved on.
    /// </summary>
    public int SignOuts { get; init; }

    public Participant Apply(CardIssued e) => this with { Card = new ParticipantCard(e.CardId, e.IssuedOn, Used: false) };

    public Participant Apply(CardRevoked e) => this with { Card = Card?.Id == e.CardId ? null : Card, SignOuts = SignOuts + 1 };

    public Participant Apply(SignedInWithCard e) => this with { Card = Card?.Id == e.CardId ? Card with { Used = true } : Card };

    public Participant Apply(SignedOutEverywhere _) => this with { SignOuts = SignOuts + 1 };

    /// <summary>
    /// Whether a cookie signed in under <paramref name="signOuts"/> still signs this person in. Withdrawing consent does not
    /// sign them out: they keep their data page (to read and download what is kept, and to say yes again themselves), while
    /// the commands refuse anything new about them.
    /// </summary>
    public bool StaysSignedIn(int signOuts) => !IsErased && !HasLeft && SignOuts == signOuts;
}

/// <summary>Print a new card: the one before, if any, is revoked (and its phones signed out).</summary>
public sealed record IssueCard
{
    public Decision Decide(Participant p, Guid newCardId, DateOnly today) =>
        Refusals.FirstOf(p.IsActive(), p.IsConsenting())
        ?? Decision.Append([.. p.Card is { } old ? [new CardRevoked(p.Id, old.Id)] : Array.Empty<object>(), new CardIssued(p.Id, newCardId, today)]);
}

/// <summary>Revoke the current card; without one, nothing changes.</summary>
public sealed record RevokeCard
{
    public Decision Decide(Participant p) => p.Card is { } card ? Decision.Append(new CardRevoked(p.Id, card.Id)) : Decision.Nothing;
}

/// <summary>Sign out every phone and computer: always possible, even for someone who left (it only takes a way in away).</summary>
public sealed record SignOutEverywhere
{
    public Decision Decide(Participant p) => p.IsErased ? Decision.Nothing : Decision.Append(new SignedOutEverywhere(p.Id));
}

/// <summary>The first sign-in with a card uses its code up; a revoked card, a used code, a person who left or withdrew consent are refused.</summary>
public sealed record SignInWithCard(Guid CardId)
{
    public Decision Decide(Participant p) =>
        Refusals.FirstOf(p.IsActive(), p.IsConsenting(),
            p.Card?.Id != CardId ? Refusal.Conflict(Says.CardRevoked)
            : p.Card.Used ? Refusal.Conflict(Says.CardUsed) : null)
        ?? Decision.Append(new SignedInWithCard(p.Id, CardId));
}

/// <summary>
/// A card's code: ten letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L), written in two groups of
/// five. 31^10 codes, about 49 bits: with sign-in attempts limited, guessing one is out of reach (docs/adr/0026).
/// </summary>
public static class CardCodes
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int Length = 10;

    public static string New()
    {
        var code = RandomNumberGenerator.GetString(Alphabet, Length);
        return $"{code[..5]}-{code[5..]}";
    }

    /// <summary>What was typed, as its letters: spaces, dashes and case do not matter, nor an O typed for a 0 that is never there.</summary>
    public static string Letters(string? typed) =>
        new([.. (typed ?? "").Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant)]);

    /// <summary>Whether what was typed can be a code at all (so that a form refuses it before any look-up).</summary>
    public static bool CanBe(string? typed) => Letters(typed) is { Length: Length } letters && letters.All(Alphabet.Contains);

    /// <summary>The code's keyed hash (HMAC-SHA-256): what is stored, and looked up at sign-in.</summary>
    public static string Hash(byte[] key, string typed) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(Letters(typed))));
}
