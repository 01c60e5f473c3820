namespace LivingLibrary.Domain.Evaluations;

/// <summary>One set of answers: a named participant's, or anonymous (no participant).</summary>
public sealed record AnswerSet(Guid? ParticipantId, IReadOnlyList<Answer> Answers, bool MayQuote, DateOnly On);

/// <summary>A collective evaluation of a group: its questionnaire, its answers and its conclusions, folded from its events.</summary>
public sealed record Campaign(
    Guid Id,
    Guid GroupId,
    CampaignKind Kind,
    AnswerMode Mode,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    IReadOnlyList<Question> Questions,
    IReadOnlyList<AnswerSet> Answers,
    Conclusions? Conclusions,
    DateOnly? ClosedOn)
{
    public int Version { get; set; }

    /// <summary>How many one-time codes were handed out; which ones are still unused is kept apart (<see cref="AnswerCode"/>).</summary>
    public int CodesHandedOut { get; init; }

    public bool IsClosed => ClosedOn is not null;

    public bool TakesNamedAnswers => Mode != AnswerMode.Anonymous;

    public bool TakesAnonymousAnswers => Mode != AnswerMode.Named;

    public IEnumerable<AnswerSet> AnonymousAnswers => Answers.Where(a => a.ParticipantId is null);

    public static Campaign Create(CampaignOpened e) =>
        new(e.CampaignId, e.GroupId, e.Kind, e.Mode, e.OpensOn, e.ClosesOn, e.Questions, [], null, null);

    public Campaign Apply(AnswerCodesHandedOut e) => this with { CodesHandedOut = CodesHandedOut + e.Count };

    public Campaign Apply(NamedAnswersRecorded e) => this with { Answers = [.. Answers, new AnswerSet(e.ParticipantId, e.Answers, e.MayQuote, e.On)] };

    public Campaign Apply(AnonymousAnswersRecorded e) => this with { Answers = [.. Answers, new AnswerSet(null, e.Answers, e.MayQuote, e.On)] };

    public Campaign Apply(ConclusionsRecorded e) => this with { Conclusions = e.Conclusions };

    public Campaign Apply(CampaignClosed e) => this with { ClosedOn = e.On };

    public Campaign Apply(CampaignReopened e) => this with { ClosedOn = null, ClosesOn = e.ClosesOn };

    /// <summary>Named answers voided, by participant: they count nowhere (the person may then answer again).</summary>
    public IReadOnlyList<Guid> VoidedAnswers { get; init; } = [];

    public Campaign Apply(NamedAnswersCorrected e) =>
        this with { Answers = [.. Answers.Select(a => a.ParticipantId == e.ParticipantId ? a with { Answers = e.Answers, MayQuote = e.MayQuote } : a)] };

    public Campaign Apply(NamedAnswersVoided e) =>
        this with { Answers = [.. Answers.Where(a => a.ParticipantId != e.ParticipantId)], VoidedAnswers = [.. VoidedAnswers, e.ParticipantId] };

    /// <summary>The participant's named answers, counted or voided; none at all is not found.</summary>
    public Refusal? HasAnswersOf(Guid participantId) =>
        Answers.Any(a => a.ParticipantId == participantId) || VoidedAnswers.Contains(participantId) ? null : Refusal.NotFound(Thing.NamedAnswers);

    /// <summary>Voided answers (not answered again since) are neither corrected nor voided again.</summary>
    public Refusal? AnswersCount(Guid participantId) =>
        Answers.Any(a => a.ParticipantId == participantId) ? null : Refusal.Conflict(Says.AlreadyVoided);

    public Question? FindQuestion(string? key) => Questions.FirstOrDefault(q => q.Key == key);
}
