using System.ComponentModel.DataAnnotations;

namespace LivingLibrary.Domain.Participants;

/// <summary>
/// A participant helped someone around them (family, a neighbour) with an everyday task: what the group's help ripples out
/// to (seed 000). It never says whom: there is no field for it. <see cref="How"/> is their own short words, if any.
/// </summary>
public sealed record HelpAroundGiven(Guid ParticipantId, Guid HelpId, string Task, DateOnly On, string? How);

/// <summary>One time a participant helped someone around them, as they or a facilitator said it.</summary>
public sealed record HelpAround(Guid Id, string Task, DateOnly On, string? How);

/// <summary>
/// The participant says (or a facilitator records for them) that they helped someone around them: a task of the
/// organisation's, a day that has happened, how in a few words if they like.
/// </summary>
public sealed record RecordHelpAround([Required] string? Task, [Required] DateOnly? On, string? How)
{
    public const int HowMax = 300;

    public Decision Decide(Guid helpId, Participant participant, SkillCatalogue skills, DateOnly today) =>
        Refusals.FirstOf(
            new Fields()
                .Check("task", Task is not null, Says.Required)
                .Check("task", Task is null || skills.FindTask(Task) is not null, Says.UnknownTask)
                .Happened("on", On, today, required: true)
                .Text("how", How, HowMax, required: false)
                .Refusal(),
            participant.IsActive(),
            participant.IsConsenting())
        ?? Decision.Append(new HelpAroundGiven(participant.Id, helpId, Task!, On!.Value, Fields.Blank(How)));
}
