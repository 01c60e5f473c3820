using LivingLibrary.Api.Evaluations;
using LivingLibrary.Api.Participants;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// A campaign: its questionnaire, paper answers typed in (named, or anonymous with their code), one-time codes handed
/// out, closing it, the group's conclusions, and its results with no figure about fewer than three people. Every
/// form applies the rule and the decision of the API's route (docs/adr/0009).
/// </summary>
public sealed class CampaignModel : ConsolePage
{
    public Campaign Campaign { get; private set; } = null!;
    public Group Group { get; private set; } = null!;
    public IReadOnlyList<Participant> Participants { get; private set; } = [];
    public CampaignOutcome Outcome { get; private set; } = null!;

    /// <summary>The person whose paper answers are being typed, chosen first so that the questions read in their language.</summary>
    public Participant? Answering { get; private set; }

    /// <summary>The codes just handed out: shown this once.</summary>
    public IReadOnlyList<string>? HandedOut { get; private set; }

    public string? Saved { get; private set; }

    /// <summary>Which form was posted, so that its problem is shown with it.</summary>
    public string? Handler => Request.HasFormContentType ? Request.Query["handler"].ToString() : null;

    public static string InputOf(int question) => $"q.{question}";

    /// <summary>The language a person reads the questions in: the first of theirs the questions are written in, else the console's.</summary>
    public string LanguageOf(Participant? person) =>
        person?.Languages.FirstOrDefault(l => RequestLanguages.Supported.Contains(l)) ?? Language;

    /// <summary>The anonymous sheet's language, chosen on the page (?sheet=), else the console's.</summary>
    public string SheetLanguage => Request.Query["sheet"].ToString() is { } s && RequestLanguages.Supported.Contains(s) ? s : Language;

    public bool TakesAnswersToday => Campaign.IsTakingAnswers(Today) is null;

    private async Task<IActionResult?> LoadAsync(Guid campaignId)
    {
        var campaign = await Query.LoadAsync<Campaign>(campaignId);
        if (await Query.MayActOnAsync(campaign, User) is not null) return NotFound();
        Campaign = campaign!;
        Group = (await Query.LoadAsync<Group>(Campaign.GroupId))!;
        Participants = await GetGroupParticipantsEndpoint.Get(Group, Query);
        Outcome = GetCampaignResultsEndpoint.Get(Campaign);
        return null;
    }

    public async Task<IActionResult> OnGetAsync(Guid campaignId, Guid? answering, string? saved)
    {
        if (await LoadAsync(campaignId) is { } missing) return missing;
        Saved = saved;
        if (answering is { } id) Answering = Participants.FirstOrDefault(p => p.Id == id);
        return Page();
    }

    /// <summary>The answers typed, one input per question; a blank input is no answer. Errors are put on the input at fault.</summary>
    private (IReadOnlyList<Answer?> Answers, List<int> Questions) AnswersTyped()
    {
        var answers = new List<Answer?>();
        var questions = new List<int>();
        foreach (var (question, i) in Campaign.Questions.Select((q, i) => (q, i)))
        {
            if (Request.Text(InputOf(i)) is not { } typed) continue;
            if (Questionnaire.Choices(question.Kind) is var (min, max))
            {
                if (!int.TryParse(typed, out var choice) || choice < min || choice > max)
                {
                    ModelState.AddModelError(InputOf(i), T(Words.ChooseFromList));
                    continue;
                }
                answers.Add(new Answer(question.Key, question.Version, choice, null));
            }
            else answers.Add(new Answer(question.Key, question.Version, null, typed));
            questions.Add(i);
        }
        return (answers, questions);
    }

    /// <summary>The domain names answers by their place in the list sent (answers[2]); the page, by the question's input.</summary>
    private static Refusal? OnInputs(Refusal? refusal, List<int> questions) =>
        refusal is { Kind: RefusalKind.Invalid, Errors: { } errors }
            ? refusal with
            {
                Errors = errors.GroupBy(e => AnswerIndex(e.Key) is { } n && n < questions.Count ? InputOf(questions[n]) : e.Key)
                    .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).ToArray()),
            }
            : refusal;

    private static int? AnswerIndex(string field) =>
        field.StartsWith("answers[", StringComparison.Ordinal) && int.TryParse(field[8..^1], out var n) ? n : null;

    private IActionResult Invalid()
    {
        Response.StatusCode = 400;
        return Page();
    }

    /// <summary>POST /api/campaigns/{id}/answers: a named participant's answers, typed from paper.</summary>
    public async Task<IActionResult> OnPostNamedAsync(Guid campaignId)
    {
        if (await LoadAsync(campaignId) is { } missing) return missing;
        var participantId = Guid.TryParse(Request.Text("participantId"), out var id) ? id : (Guid?)null;
        var participant = participantId is { } pid ? await Query.LoadAsync<Participant>(pid) : null;
        Answering = participant is not null && participant.GroupIds.Contains(Campaign.GroupId) ? participant : null;
        var (answers, questions) = AnswersTyped();
        if (!ModelState.IsValid) return Invalid();

        var session = Writing();
        var stream = await session.Events.FetchForWriting<Campaign>(campaignId);
        var command = new RecordNamedAnswers(participantId, answers, Request.Text("mayQuote") == "true");
        var decision = command.Decide(stream.Aggregate!, participant, Today);
        if (Refused(OnInputs(decision.Refusal, questions)) is { } page) return page;
        stream.AppendMany(decision.Events);
        await session.SaveChangesAsync();
        return LocalRedirect($"{ConsoleSetup.Prefix}/campaigns/{campaignId}?saved=named");
    }

    /// <summary>POST /api/campaigns/{id}/anonymous-answers: the code is deleted in the transaction that records the answers.</summary>
    public async Task<IActionResult> OnPostAnonymousAsync(Guid campaignId)
    {
        if (await LoadAsync(campaignId) is { } missing) return missing;
        var (answers, questions) = AnswersTyped();
        if (!ModelState.IsValid) return Invalid();

        var session = Writing();
        var stream = await session.Events.FetchForWriting<Campaign>(campaignId);
        var command = new RecordAnonymousAnswers(Request.Text("code"), answers, Request.Text("mayQuote") == "true");
        var code = command.CodeHash(stream.Aggregate!) is { } hash ? await session.LoadAsync<AnswerCode>(hash) : null;
        var decision = command.Decide(stream.Aggregate!, code, Today);
        if (Refused(OnInputs(decision.Refusal, questions)) is { } page) return page;
        stream.AppendMany(decision.Events);
        session.Delete<AnswerCode>(code!.Id);
        await session.SaveChangesAsync();
        return LocalRedirect($"{ConsoleSetup.Prefix}/campaigns/{campaignId}?saved=anonymous");
    }

    /// <summary>POST /api/campaigns/{id}/codes: the codes are shown in this answer only; their hashes are kept.</summary>
    public async Task<IActionResult> OnPostCodesAsync(Guid campaignId)
    {
        if (await LoadAsync(campaignId) is { } missing) return missing;
        var count = int.TryParse(Request.Text("count"), out var n) ? n : (int?)null;
        var session = Writing();
        var stream = await session.Events.FetchForWriting<Campaign>(campaignId);
        var command = new HandOutAnswerCodes(count);
        var decision = command.Decide(stream.Aggregate!);
        if (Refused(decision.Refusal) is { } page) return page;
        var codes = AnswerCodes.New(count!.Value);
        stream.AppendMany(decision.Events);
        session.Insert([.. codes.Select(c => new AnswerCode(AnswerCodes.Hash(campaignId, c), campaignId))]);
        await session.SaveChangesAsync();
        HandedOut = codes;
        Campaign = Campaign with { CodesHandedOut = Campaign.CodesHandedOut + count.Value };
        return Page();
    }

    /// <summary>POST /api/campaigns/{id}/close.</summary>
    public async Task<IActionResult> OnPostCloseAsync(Guid campaignId)
    {
        if (await LoadAsync(campaignId) is { } missing) return missing;
        var session = Writing();
        var stream = await session.Events.FetchForWriting<Campaign>(campaignId);
        var decision = CloseCampaign.Decide(stream.Aggregate!, Today);
        if (Refused(decision.Refusal) is { } page) return page;
        stream.AppendMany(decision.Events);
        await session.SaveChangesAsync();
        return LocalRedirect($"{ConsoleSetup.Prefix}/campaigns/{campaignId}");
    }

    /// <summary>POST /api/campaigns/{id}/conclusions: they replace earlier ones.</summary>
    public async Task<IActionResult> OnPostConclusionsAsync(Guid campaignId)
    {
        if (await LoadAsync(campaignId) is { } missing) return missing;
        var session = Writing();
        var stream = await session.Events.FetchForWriting<Campaign>(campaignId);
        var command = new RecordConclusions(Request.Text("whatWorked"), Request.Text("whatDidNot"), Request.Text("whatNext"));
        var decision = command.Decide(stream.Aggregate!, Today);
        if (Refused(decision.Refusal) is { } page) return page;
        stream.AppendMany(decision.Events);
        await session.SaveChangesAsync();
        return LocalRedirect($"{ConsoleSetup.Prefix}/campaigns/{campaignId}?saved=conclusions");
    }
}
