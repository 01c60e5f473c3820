using System.ComponentModel.DataAnnotations;
namespace LivingLibrary.Domain.Evaluations;

public enum CampaignKind
{
    MidProject,
    EndOfProject,
    Other,
}

/// <summary>How a campaign is answered: by name (the answers feed each person's progress), anonymously with paper codes, or either way.</summary>
public enum AnswerMode
{
    Named,
    Anonymous,
    NamedOrAnonymous,
}

public enum QuestionKind
{
    /// <summary>"I can …" on one of the group's tasks, answered on the <see cref="CanDo"/> scale.</summary>
    SelfAssessment,

    /// <summary>From 1 (not at all) to 5 (very).</summary>
    Satisfaction,

    /// <summary>Free text: what I learned, what I would change.</summary>
    Open,
}

/// <summary>The self-assessment scale, as participants say it.</summary>
public enum CanDo
{
    NotYet,
    WithHelp,
    Alone,
    CanHelpOthers,
}

/// <summary>
/// A question as a campaign asked it. <see cref="Key"/> names the question across campaigns (a template's
/// code, <c>can:&lt;task&gt;</c>, or <c>org:&lt;id&gt;</c> for the organisation's own); <see cref="Version"/>
/// is the wording it had, so that an answer always refers to the words the person read.
/// </summary>
public sealed record Question(string Key, int Version, QuestionKind Kind, string? Task, Label Text);

/// <summary>One answer: a choice (self-assessment 0-3, satisfaction 1-5) or a text (open questions).</summary>
public sealed record Answer([Required] string Question, [Required] int Version, int? Choice, string? Text);

/// <summary>What the group concluded together during the evaluation session, written by the facilitator.</summary>
public sealed record Conclusions(string? WhatWorked, string? WhatDidNot, string? WhatNext, DateOnly On);

// Personal data: the texts of named answers are the person's and are erased with them. Anonymous answers
// carry nothing that links them to anyone, and no event says which code was used (docs/adr/0009).

public sealed record CampaignOpened(
    Guid CampaignId,
    Guid GroupId,
    CampaignKind Kind,
    AnswerMode Mode,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    IReadOnlyList<Question> Questions);

/// <summary>One-time codes were made to hand out on paper for an anonymous campaign: only how many (the codes are <see cref="AnswerCode"/>s).</summary>
public sealed record AnswerCodesHandedOut(Guid CampaignId, int Count);

/// <summary>A named participant's answers, linked to them: they feed the person's progress.</summary>
public sealed record NamedAnswersRecorded(Guid CampaignId, Guid ParticipantId, IReadOnlyList<Answer> Answers, bool MayQuote, DateOnly On);

/// <summary>Answers with nothing that links them to a person.</summary>
public sealed record AnonymousAnswersRecorded(Guid CampaignId, IReadOnlyList<Answer> Answers, bool MayQuote, DateOnly On);

public sealed record ConclusionsRecorded(Guid CampaignId, Conclusions Conclusions);

public sealed record CampaignClosed(Guid CampaignId, DateOnly On);

/// <summary>A named participant's answers as they really were: they replace the recorded ones in results and progress; the first record stays in the history.</summary>
public sealed record NamedAnswersCorrected(Guid CampaignId, Guid ParticipantId, IReadOnlyList<Answer> Answers, bool MayQuote, Correction Why);

/// <summary>A named participant's answers that should not have been recorded (the wrong person, twice): they count nowhere.</summary>
public sealed record NamedAnswersVoided(Guid CampaignId, Guid ParticipantId, Correction Why);

/// <summary>A closed campaign takes answers again, until its closing day (moved when a new one is given).</summary>
public sealed record CampaignReopened(Guid CampaignId, DateOnly On, DateOnly ClosesOn);
