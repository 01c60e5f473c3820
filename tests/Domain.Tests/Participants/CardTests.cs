using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Domain.Tests.Participants;

/// <summary>A personal card's decisions (docs/adr/0026): printed for someone active, used once, revoked, and the stamp that signs phones out.</summary>
public sealed class CardTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);
    private static readonly Guid JeanId = Guid.Parse("0194f2a0-0000-7000-8000-0000000000a2");
    private static readonly Guid First = Guid.Parse("0194f2a0-0000-7000-8000-0000000000d1");
    private static readonly Guid Second = Guid.Parse("0194f2a0-0000-7000-8000-0000000000d2");

    private static Participant Jean(params object[] events) =>
        Folded.Of<Participant>([new ParticipantEnrolled(JeanId, Guid.NewGuid(), new PersonalDetails("Jean", null), ["fr"], [],
            new Consent("notice-2026-fr", new DateOnly(2026, 9, 1))), .. events]);

    [Fact]
    public void A_reprint_revokes_the_card_before_and_moves_the_stamp()
    {
        var jean = Jean(new CardIssued(JeanId, First, Today));

        var decision = new IssueCard().Decide(jean, Second, Today);

        decision.Events.ShouldBe([new CardRevoked(JeanId, First), new CardIssued(JeanId, Second, Today)]);
        var after = Jean([new CardIssued(JeanId, First, Today), .. decision.Events]);
        after.Card.ShouldBe(new ParticipantCard(Second, Today, Used: false));
        after.StaysSignedIn(0).ShouldBeFalse();
        after.StaysSignedIn(1).ShouldBeTrue();
    }

    [Fact]
    public void No_card_for_someone_who_left_or_withdrew_consent()
    {
        new IssueCard().Decide(Jean(new ParticipantLeft(JeanId, Guid.NewGuid(), null)), First, Today).Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        new IssueCard().Decide(Jean(new ConsentWithdrawn(JeanId, Today)), First, Today).Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
    }

    [Fact]
    public void A_code_signs_in_once_and_a_revoked_card_not_at_all()
    {
        var jean = Jean(new CardIssued(JeanId, First, Today));

        new SignInWithCard(First).Decide(jean).Events.ShouldBe([new SignedInWithCard(JeanId, First)]);
        new SignInWithCard(First).Decide(Jean(new CardIssued(JeanId, First, Today), new SignedInWithCard(JeanId, First))).Refusal
            .ShouldBe(Refusal.Conflict(Says.CardUsed));
        new SignInWithCard(First).Decide(Jean(new CardIssued(JeanId, First, Today), new CardRevoked(JeanId, First))).Refusal
            .ShouldBe(Refusal.Conflict(Says.CardRevoked));
        new SignInWithCard(First).Decide(Jean(new CardIssued(JeanId, First, Today), new ParticipantLeft(JeanId, Guid.NewGuid(), null))).IsRefused
            .ShouldBeTrue();
    }

    [Fact]
    public void Revoking_without_a_card_changes_nothing_and_signing_out_everywhere_always_moves_the_stamp()
    {
        new RevokeCard().Decide(Jean()).ShouldBe(Decision.Nothing);
        var signedOut = Jean(new SignedOutEverywhere(JeanId));
        signedOut.StaysSignedIn(0).ShouldBeFalse();
        signedOut.StaysSignedIn(1).ShouldBeTrue();
        Jean(new ConsentWithdrawn(JeanId, Today)).StaysSignedIn(0).ShouldBeTrue();
        Jean(new ParticipantLeft(JeanId, Guid.NewGuid(), null)).StaysSignedIn(0).ShouldBeFalse();
    }

    [Fact]
    public void A_code_is_ten_unmistakable_characters_and_is_read_whatever_its_case_and_spacing()
    {
        var code = CardCodes.New();
        code.ShouldMatch("^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$");
        var key = new byte[32];
        CardCodes.Hash(key, code.ToLowerInvariant().Replace("-", " ")).ShouldBe(CardCodes.Hash(key, code));
        CardCodes.Hash([1, .. key[1..]], code).ShouldNotBe(CardCodes.Hash(key, code));
        CardCodes.CanBe("JEAN2-CARTE").ShouldBeTrue();
        CardCodes.CanBe("JEAN0-CARTE").ShouldBeFalse();
        CardCodes.CanBe("JEAN2-CART").ShouldBeFalse();
    }
}
