using System.ComponentModel.DataAnnotations;
namespace LivingLibrary.Domain.Evaluations;

// Each command with its decision (docs/adr/0006, docs/adr/0009).

/// <summary>
/// A facilitator opens a campaign for the group. Without tasks named, the self-assessment covers the
/// tasks the group's participants were assessed on (the most shared first).
/// </summary>
public sealed record OpenCampaign([Required] CampaignKind? Kind, [Required] AnswerMode? Mode, [Required] DateOnly? OpensOn, [Required] DateOnly? ClosesOn, IReadOnlyList<string>? Tasks)
{
    public Decision Decide(Guid campaignId, Group group, IReadOnlyList<Participant> members, IReadOnlyList<OrganisationQuestion> own,
        SkillCatalogue skills) =>
        Refusals.FirstOf(
            new Fields()
                .Choice("kind", Kind)
                .Choice("mode", Mode)
                .Check("opensOn", OpensOn is not null, Says.Required)
                .Check("closesOn", ClosesOn is not null, Says.Required)
                .Check("closesOn", OpensOn is null || ClosesOn is null || ClosesOn >= OpensOn, Says.NotBeforeOpening)
                .Check("opensOn", OpensOn is null || (OpensOn >= group.StartsOn && OpensOn <= group.EndsOn),
                    Says.WithinGroupPeriod(group.StartsOn, group.EndsOn))
                .Check("closesOn", ClosesOn is null || (ClosesOn >= group.StartsOn && ClosesOn <= group.EndsOn),
                    Says.WithinGroupPeriod(group.StartsOn, group.EndsOn))
                .Check("tasks", Tasks is null || Tasks.Count <= Questionnaire.MaxTasks, Says.TooManyTasks(Questionnaire.MaxTasks))
                .Check("tasks", Tasks is null || Tasks.Count > Questionnaire.MaxTasks || Tasks.All(t => skills.FindTask(t) is not null),
                    Says.UnknownTask)
                .Refusal(),
            group.IsOpen())
        ?? Decision.Append(new CampaignOpened(campaignId, group.Id, Kind!.Value, Mode!.Value, OpensOn!.Value, ClosesOn!.Value,
            Questionnaire.For(TasksAsked(members, skills), own.Where(q => !q.IsRetired && q.ForKinds.Contains(Kind.Value)))));

    private IEnumerable<EverydayTask> TasksAsked(IReadOnlyList<Participant> members, SkillCatalogue skills) =>
        Tasks is { Count: > 0 }
            ? Tasks.Distinct().Select(t => skills.FindTask(t)!)
            : members.SelectMany(m => m.Levels.Keys).Select(skills.FindTask).OfType<EverydayTask>()
                .GroupBy(t => t.Code).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Take(Questionnaire.MaxTasks).Select(g => g.First());
}

/// <summary>A named participant's answers, typed in by a facilitator (often from paper).</summary>
public sealed record RecordNamedAnswers([Required] Guid? ParticipantId, [Required] IReadOnlyList<Answer?>? Answers, bool? MayQuote)
{
    public Decision Decide(Campaign campaign, Participant? participant, DateOnly today) =>
        Refusals.FirstOf(
            new Fields()
                .Check("participantId", ParticipantId is not null, Says.NamedAnswersNeedParticipant)
                .Answers(Answers, campaign)
                .Refusal(),
            campaign.TakesNamedAnswers ? null : Refusal.Conflict(Says.CampaignIsAnonymous),
            participant is null || !participant.GroupIds.Contains(campaign.GroupId) ? Refusal.NotFound(Thing.ParticipantInGroup) : null,
            participant?.IsConsenting(),
            campaign.IsTakingAnswers(today),
            campaign.Answers.Any(a => a.ParticipantId == ParticipantId) ? Refusal.Conflict(Says.ParticipantAlreadyAnswered) : null)
        ?? Decision.Append(new NamedAnswersRecorded(campaign.Id, participant!.Id, CampaignRules.Tidy(Answers!), MayQuote ?? false, today));
}

/// <summary>Anonymous answers, with the one-time code written on the paper they came on.</summary>
public sealed record RecordAnonymousAnswers([Required] string? Code, [Required] IReadOnlyList<Answer?>? Answers, bool? MayQuote)
{
    public const int CodeMax = 40;

    /// <summary>Unknown and used codes get the same answer: nobody learns which codes exist.</summary>
    public static readonly Refusal CodeRefused = Refusal.Conflict(Says.CodeRefused);

    /// <summary>The hash the code is kept under, when there is a code to look for.</summary>
    public string? CodeHash(Campaign campaign) =>
        string.IsNullOrWhiteSpace(Code) || Code.Length > CodeMax ? null : AnswerCodes.Hash(campaign.Id, Code);

    /// <summary>
    /// Whether the holder of a code may open the campaign's form without signing in (docs/adr/0009): the campaign takes
    /// anonymous answers today and the code is one of its unused ones. Anything else is the same refusal as a used code.
    /// </summary>
    public static Refusal? MayOpen(Campaign campaign, AnswerCode? code, DateOnly today) =>
        Refusals.FirstOf(
            campaign.TakesAnonymousAnswers ? null : CodeRefused,
            campaign.IsTakingAnswers(today),
            code is null || code.CampaignId != campaign.Id ? CodeRefused : null);

    /// <param name="code">The unused code of this campaign stored under <see cref="CodeHash"/>, if there is one.</param>
    public Decision Decide(Campaign campaign, AnswerCode? code, DateOnly today) =>
        Refusals.FirstOf(
            new Fields()
                .Check("code", !string.IsNullOrWhiteSpace(Code) && Code.Length <= CodeMax, Says.CodeRequired)
                .Answers(Answers, campaign)
                .Refusal(),
            campaign.TakesAnonymousAnswers ? null : Refusal.Conflict(Says.CampaignIsNamed),
            campaign.IsTakingAnswers(today),
            code is null || code.CampaignId != campaign.Id || code.Id != CodeHash(campaign) ? CodeRefused : null)
        ?? Decision.Append(new AnonymousAnswersRecorded(campaign.Id, CampaignRules.Tidy(Answers!), MayQuote ?? false, today));
}

public sealed record HandOutAnswerCodes([Required] int? Count)
{
    public Decision Decide(Campaign campaign) =>
        Refusals.FirstOf(
            new Fields().Check("count", Count is >= 1 and <= CampaignRules.MaxCodes, Says.FromTo(1, CampaignRules.MaxCodes)).Refusal(),
            campaign.TakesAnonymousAnswers ? null : Refusal.Conflict(Says.NamedCampaignNeedsNoCodes),
            campaign.IsOpen())
        ?? Decision.Append(new AnswerCodesHandedOut(campaign.Id, Count!.Value));
}

/// <summary>What the group concluded together (what worked, what did not, what next): replaces earlier conclusions.</summary>
public sealed record RecordConclusions([Required] string? WhatWorked, string? WhatDidNot, string? WhatNext)
{
    public Decision Decide(Campaign campaign, DateOnly today) =>
        Refusals.FirstOf(
            new Fields()
                .Check("whatWorked", new[] { WhatWorked, WhatDidNot, WhatNext }.Any(t => !string.IsNullOrWhiteSpace(t)), Says.ConclusionRequired)
                .Text("whatWorked", WhatWorked, CampaignRules.ConclusionMax, required: false)
                .Text("whatDidNot", WhatDidNot, CampaignRules.ConclusionMax, required: false)
                .Text("whatNext", WhatNext, CampaignRules.ConclusionMax, required: false)
                .Refusal())
        ?? Decision.Append(new ConclusionsRecorded(campaign.Id,
            new Conclusions(Fields.Blank(WhatWorked)?.Trim(), Fields.Blank(WhatDidNot)?.Trim(), Fields.Blank(WhatNext)?.Trim(), today)));
}

public static class CloseCampaign
{
    public static Decision Decide(Campaign campaign, DateOnly today) =>
        campaign.IsClosed ? Decision.Nothing : Decision.Append(new CampaignClosed(campaign.Id, today));
}

/// <summary>
/// A closed campaign takes answers again: a result was closed too early, or answers came late. Without a new closing day it
/// keeps its own (then it must not have passed). An open campaign stays as it is.
/// </summary>
public sealed record ReopenCampaign(DateOnly? ClosesOn)
{
    public Decision Decide(Campaign campaign, DateOnly today)
    {
        var closesOn = ClosesOn ?? campaign.ClosesOn;
        return Refusals.FirstOf(
                new Fields()
                    .Planned("closesOn", ClosesOn, today)
                    .Check("closesOn", closesOn >= today && closesOn >= campaign.OpensOn, Says.ClosingDayPassed(today))
                    .Refusal())
            ?? (campaign.IsClosed ? Decision.Append(new CampaignReopened(campaign.Id, today, closesOn)) : Decision.Nothing);
    }
}

/// <summary>
/// A named participant's answers as they were really given (typed wrongly from paper), with who corrects them and why; in
/// a closed campaign too. The same answers again change nothing.
/// </summary>
public sealed record CorrectNamedAnswers([Required] IReadOnlyList<Answer?>? Answers, bool? MayQuote, [Required] CorrectionReason? Reason, string? Explanation)
{
    public Decision Decide(Campaign campaign, Guid participantId, string by)
    {
        var refused = Refusals.FirstOf(
            new Fields().Answers(Answers, campaign).Why(Reason, Explanation).Refusal(),
            campaign.HasAnswersOf(participantId),
            campaign.AnswersCount(participantId));
        if (refused is not null) return refused;
        var was = campaign.Answers.Single(a => a.ParticipantId == participantId);
        var answers = CampaignRules.Tidy(Answers!);
        return answers.SequenceEqual(was.Answers) && (MayQuote ?? false) == was.MayQuote
            ? Decision.Nothing
            : Decision.Append(new NamedAnswersCorrected(campaign.Id, participantId, answers, MayQuote ?? false, Corrections.Of(by, Reason, Explanation)));
    }
}

/// <summary>A named participant's answers recorded by mistake count nowhere any more; voiding them twice is a conflict.</summary>
public sealed record VoidNamedAnswers([Required] CorrectionReason? Reason, string? Explanation)
{
    public Decision Decide(Campaign campaign, Guid participantId, string by) =>
        Refusals.FirstOf(
            new Fields().Why(Reason, Explanation).Refusal(),
            campaign.HasAnswersOf(participantId),
            campaign.AnswersCount(participantId))
        ?? Decision.Append(new NamedAnswersVoided(campaign.Id, participantId, Corrections.Of(by, Reason, Explanation)));
}
