using LivingLibrary.Api.Pairings;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Api.Tests.Support;
using Wolverine.Marten;

namespace LivingLibrary.Api.Tests.Pairings;

/// <summary>The endpoint as a pure function: what it appends, and at which version of the helper's stream.</summary>
public sealed class AcceptPairingEndpointTests
{
    private static readonly Guid PairingId = Guid.Parse("0194f2a0-0000-7000-8000-0000000000e1");
    private static readonly Guid HelperId = Guid.Parse("0194f2a0-0000-7000-8000-0000000000e2");

    private static readonly Pairing Proposed = Pairing.Create(new PairingProposed(PairingId, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), HelperId,
        "pay-bill-online", null, 110, "Lucie can help Jean", new DateOnly(2026, 11, 23))) with { Version = 1 };

    private static readonly Participant Helper = Participant.Create(new ParticipantEnrolled(HelperId, Guid.NewGuid(),
        new PersonalDetails("Lucie", null), ["fr"], [], new Consent("n", new DateOnly(2026, 9, 1)))) with { Version = 7 };

    [Fact]
    public void The_first_acceptance_touches_only_the_pairing()
    {
        var (_, events, place) = AcceptPairingEndpoint.Post(new AcceptPairing(Party.Learner), Proposed, Helper, ApiFixture.Clock);

        events.ShouldBe([new PairingAccepted(PairingId, Party.Learner)]);
        place.ShouldNotBeOfType<AppendToStream>();
    }

    [Fact]
    public void The_second_acceptance_takes_the_helpers_place_at_the_version_read_so_a_concurrent_taker_fails()
    {
        var halfAccepted = Proposed.Apply(new PairingAccepted(PairingId, Party.Learner)) with { Version = 2 };

        var (_, events, place) = AcceptPairingEndpoint.Post(new AcceptPairing(Party.Helper), halfAccepted, Helper, ApiFixture.Clock);

        events.Select(e => e.GetType()).ShouldBe([typeof(PairingAccepted), typeof(PairingStarted)]);
        var append = place.ShouldBeOfType<AppendToStream>();
        append.StreamId.ShouldBe(HelperId);
        append.Events.ShouldBe([new HelperEngaged(HelperId, PairingId)]);
        append.ExpectedVersion.ShouldBe(8); // Marten checks the version after the append: 7 read + 1
    }
}
