using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Domain.Tests.Participants;

/// <summary>"J'ai aidé quelqu'un": a task of the organisation's, a day that happened, how in a few words; never whom.</summary>
public sealed class HelpAroundTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Guid Samira = Guid.Parse("0194f2a0-0000-7000-8000-000000000001");

    private static Participant Person(params object[] more) =>
        Folded.Of<Participant>([new ParticipantEnrolled(Samira, Guid.NewGuid(), new PersonalDetails("Samira", null), ["fr"], [], new Consent("n", Today)), .. more]);

    [Fact]
    public void Helping_someone_around_them_is_recorded_and_folded_without_anyone_named()
    {
        var help = Guid.NewGuid();
        var decision = new RecordHelpAround("pay-bill-online", Today.AddDays(-2), "  ").Decide(help, Person(), SkillCatalogue.BuiltIn, Today);

        decision.Events.ShouldBe([new HelpAroundGiven(Samira, help, "pay-bill-online", Today.AddDays(-2), null)]);
        Person(decision.Events[0]).HelpedAround.ShouldBe([new HelpAround(help, "pay-bill-online", Today.AddDays(-2), null)]);
        typeof(HelpAroundGiven).GetProperties().Select(p => p.Name).ShouldBe(["ParticipantId", "HelpId", "Task", "On", "How"]);
    }

    [Fact]
    public void A_task_that_is_none_of_the_organisations_a_day_to_come_and_too_long_a_text_are_each_named()
    {
        var refused = new RecordHelpAround("2.1", Today.AddDays(1), new string('x', RecordHelpAround.HowMax + 1))
            .Decide(Guid.NewGuid(), Person(), SkillCatalogue.BuiltIn, Today).Refusal!;

        refused.Kind.ShouldBe(RefusalKind.Invalid);
        refused.Errors!.Keys.Order().ShouldBe(["how", "on", "task"]);
        new RecordHelpAround(null, null, null).Decide(Guid.NewGuid(), Person(), SkillCatalogue.BuiltIn, Today).Refusal!.Errors!.Keys.Order()
            .ShouldBe(["on", "task"]);
    }

    [Fact]
    public void Nothing_new_is_recorded_for_someone_who_left_or_withdrew_their_consent()
    {
        var command = new RecordHelpAround("pay-bill-online", Today, null);

        command.Decide(Guid.NewGuid(), Person(new ParticipantLeft(Samira, Guid.NewGuid(), null)), SkillCatalogue.BuiltIn, Today).Refusal!.Kind
            .ShouldBe(RefusalKind.Conflict);
        command.Decide(Guid.NewGuid(), Person(new ConsentWithdrawn(Samira, Today)), SkillCatalogue.BuiltIn, Today).Refusal!.Kind
            .ShouldBe(RefusalKind.Conflict);
    }
}
