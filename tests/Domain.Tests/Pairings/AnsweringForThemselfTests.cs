using LivingLibrary.Domain.Pairings;

namespace LivingLibrary.Domain.Tests.Pairings;

/// <summary>A participant answers a proposal and records a session only for themself (docs/adr/0026); staff for either.</summary>
public sealed class AnsweringForThemselfTests
{
    private static readonly Guid Learner = Guid.Parse("0194f2a0-0000-7000-8000-000000000201"), Helper = Guid.Parse("0194f2a0-0000-7000-8000-000000000300");

    private static readonly Pairing Proposed = Pairing.Create(new PairingProposed(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Learner, Helper,
        "pay-bill-online", null, null, "", new DateOnly(2026, 11, 23)));

    private static Caller ParticipantCaller(Guid id) => new(Caller.ParticipantUser(id), "org", Role.Participant) { ParticipantId = id };

    private static readonly Caller Staff = new("facilitator-1", "org", Role.Facilitator);

    [Fact]
    public void A_participant_answers_for_their_own_side_and_not_for_the_other_person()
    {
        Proposed.MayAnswerFor(ParticipantCaller(Learner), Party.Learner).ShouldBeNull();
        Proposed.MayAnswerFor(ParticipantCaller(Helper), Party.Helper).ShouldBeNull();
        Proposed.MayAnswerFor(ParticipantCaller(Learner), Party.Helper)!.Kind.ShouldBe(RefusalKind.Forbidden);
        Proposed.MayAnswerFor(ParticipantCaller(Helper), Party.Learner)!.Kind.ShouldBe(RefusalKind.Forbidden);
    }

    [Fact]
    public void Someone_who_is_not_in_the_pairing_may_not_know_it_exists()
    {
        Proposed.MayAnswerFor(ParticipantCaller(Guid.NewGuid()), Party.Learner)!.Kind.ShouldBe(RefusalKind.NotFound);
        Proposed.MayRecordSessionOf(ParticipantCaller(Guid.NewGuid()))!.Kind.ShouldBe(RefusalKind.NotFound);
    }

    [Fact]
    public void Only_the_helper_records_a_session_they_gave_and_staff_record_any()
    {
        Proposed.MayRecordSessionOf(ParticipantCaller(Helper)).ShouldBeNull();
        Proposed.MayRecordSessionOf(ParticipantCaller(Learner))!.Kind.ShouldBe(RefusalKind.Forbidden);
        Proposed.MayRecordSessionOf(Staff).ShouldBeNull();
        Proposed.MayAnswerFor(Staff, Party.Helper).ShouldBeNull();
    }
}
