namespace LivingLibrary.Domain.Participants;

/// <summary>The events each accepted participant command produces (once <see cref="ParticipantRules"/> accepted it).</summary>
public static class ParticipantDecisions
{
    public static ParticipantEnrolled Enrol(Guid participantId, Guid groupId, EnrolParticipant c) =>
        new(participantId, groupId, new PersonalDetails(c.DisplayName!, Blank(c.Contact)), Distinct(c.Languages),
            Distinct(c.Availability), new Consent(c.Consent!.Notice!, c.Consent.GivenOn!.Value));

    public static IEnumerable<object> Update(Participant p, UpdateParticipantDetails c)
    {
        var updated = new ParticipantDetailsUpdated(p.Id, new PersonalDetails(c.DisplayName!, Blank(c.Contact)),
            Distinct(c.Languages), Distinct(c.Availability));
        if (updated.Person != p.Person || !updated.Languages.SequenceEqual(p.Languages) || !updated.Availability.SequenceEqual(p.Availability))
            yield return updated;
    }

    public static ParticipantMoved Move(Participant p, MoveParticipant c) => new(p.Id, p.GroupId, c.GroupId!.Value);

    public static ParticipantLeft Leave(Participant p, RecordDeparture c) => new(p.Id, p.GroupId, Blank(c.Reason));

    public static IEnumerable<object> Assess(Participant p, RecordAssessment c) =>
        c.Levels!.Select(l => new SkillAssessed(p.Id, p.GroupId, l.Skill!, l.Level!.Value, c.Source!.Value,
            c.Source == AssessmentSource.ExternalTool ? c.Tool : null, c.AssessedOn!.Value, c.Intake));

    /// <summary>Offering again at another level replaces the offer (and its confirmation); at the same level it changes nothing.</summary>
    public static IEnumerable<object> Offer(Participant p, OfferHelp c)
    {
        if (p.Offers.FirstOrDefault(o => o.Skill == c.Skill)?.ClaimedLevel != c.Level)
            yield return new HelpOffered(p.Id, c.Skill!, c.Level!.Value);
    }

    public static LearningNeedDeclared Declare(Participant p, Guid needId, DeclareLearningNeed c) =>
        new(p.Id, needId, c.Skill!, c.Priority!.Value, c.Deadline);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static IReadOnlyList<T> Distinct<T>(IReadOnlyList<T>? items) => [.. (items ?? []).Distinct()];
}
