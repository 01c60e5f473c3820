using LivingLibrary.Api.Evaluations;
using LivingLibrary.Api.Participants;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// A campaign: its questionnaire, paper answers typed in (named, or anonymous with their code), one-time codes handed
/// out, closing it, the group's conclusions, and its results with no figure about fewer than three people. Every
/// form is sent through the API's route (docs/adr/0009, docs/adr/0022).
/// </summary>
public sealed class CampaignModel : ConsolePage
{
    public Campaign Campaign { get; private set; } = null!;
    public Group Group { get; private set; } = null!;
    public IReadOnlyList<Participant> Participants { get; private set; } = [];
    public CampaignOutcome Outcome { get; private set; } = null!;

    /// <summary>The person whose paper answers are being typed, chosen first so that the questions read in their language.</summary>
    public Participant? Answering { get; private set; }

    /// <summary>
    /// The batch of codes just handed out, as the API answered it: the page that shows its codes and their slips to print is
    /// that answer, never a page to come back to (the console keeps them nowhere). Without codes when the form was sent
    /// before: the batch was handed out then, and is not shown again.
    /// </summary>
    public HandedOutCodes? HandedOut { get; private set; }

    /// <summary>The language of the slips to cut out, chosen with the codes (one of the console's), else the sheet's.</summary>
    public string SlipsLanguage => Request.HasFormContentType && Request.Text("slips") is { } l && LivingLibrary.Api.Localisation.RequestLanguages.Supported.Contains(l) ? l : SheetLanguage;

    public string? Saved { get; private set; }

    /// <summary>Which form was posted, so that its problem is shown with it.</summary>
    public string? Handler => Request.HasFormContentType ? Request.Query["handler"].ToString() : null;

    public static string InputOf(int question) => $"q.{question}";

    /// <summary>The language a person reads the questions in: the first of theirs the questions are written in, else the console's.</summary>
    public string LanguageOf(Participant? person) =>
        person?.Languages.FirstOrDefault(l => RequestLanguages.Supported.Contains(l)) ?? Language;

    /// <summary>The anonymous sheet's language, chosen on the page (?sheet=), else the console's.</summary>
    public string SheetLanguage => Request.Query["sheet"].ToString() is { } s && RequestLanguages.Supported.Contains(s) ? s : Language;

    /// <summary>
    /// Where a slip's QR code leads: the anonymous form, without signing in (Pages/Me/Answer, issue 24), with the code filled
    /// in and in the slip's language, for the person who holds the slip to answer on their phone, or for whoever types the
    /// paper answers. The code is in the query, which the log never keeps. Absolute, for a phone's camera.
    /// </summary>
    public string SlipAddress(string code) =>
        $"{Request.Scheme}://{Request.Host}{MePage.Answer}?organisation={Uri.EscapeDataString(Caller.OrganisationId)}&campaign={Campaign.Id}"
        + $"&code={Uri.EscapeDataString(code)}&language={SlipsLanguage}";

    /// <summary>The code a slip's QR code brought (?code=), filled in on the anonymous sheet.</summary>
    public string? CodeScanned => Request.Query["code"].ToString() is { Length: > 0 } code ? code : null;

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
    private static Refusal OnInputs(Refusal refusal, List<int> questions) =>
        refusal is { Kind: RefusalKind.Invalid, Errors: { } errors }
            ? refusal with
            {
                Errors = errors.GroupBy(e => AnswerIndex(e.Key) is { } n && n < questions.Count ? InputOf(questions[n]) : e.Key)
                    .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).ToArray()),
            }
            : refusal;

    private static int? AnswerIndex(string field) =>
        field.StartsWith("answers[", StringComparison.Ordinal) && int.TryParse(field[8..^1], out var n) ? n : null;


    /// <summary>POST /api/campaigns/{id}/answers: a named participant's answers, typed from paper.</summary>
    public async Task<IActionResult> OnPostNamedAsync(Guid campaignId)
    {
        if (await LoadAsync(campaignId) is { } missing) return missing;
        var participantId = Guid.TryParse(Request.Text("participantId"), out var id) ? id : (Guid?)null;
        var participant = participantId is { } pid ? await Query.LoadAsync<Participant>(pid) : null;
        Answering = participant is not null && participant.GroupIds.Contains(Campaign.GroupId) ? participant : null;
        var (answers, questions) = AnswersTyped();
        if (!ModelState.IsValid) return Invalid();
        return await SendAsync(HttpMethod.Post, $"/api/campaigns/{campaignId}/answers",
            new RecordNamedAnswers(participantId, answers, Request.Text("mayQuote") == "true"),
            _ => $"{ConsoleSetup.Prefix}/campaigns/{campaignId}?saved=named", onPage: refusal => OnInputs(refusal, questions));
    }

    /// <summary>POST /api/campaigns/{id}/anonymous-answers: the endpoint deletes the code in the transaction that records the answers.</summary>
    public async Task<IActionResult> OnPostAnonymousAsync(Guid campaignId)
    {
        if (await LoadAsync(campaignId) is { } missing) return missing;
        var (answers, questions) = AnswersTyped();
        if (!ModelState.IsValid) return Invalid();
        return await SendAsync(HttpMethod.Post, $"/api/campaigns/{campaignId}/anonymous-answers",
            new RecordAnonymousAnswers(Request.Text("code"), answers, Request.Text("mayQuote") == "true"),
            _ => $"{ConsoleSetup.Prefix}/campaigns/{campaignId}?saved=anonymous", onPage: refusal => OnInputs(refusal, questions));
    }

    /// <summary>
    /// POST /api/campaigns/{id}/codes: the page is rendered from the answer, with the codes and their slips to print. The
    /// same form sent again (a reload, back and send) is answered without codes, and the page says the batch was handed out.
    /// </summary>
    public async Task<IActionResult> OnPostCodesAsync(Guid campaignId)
    {
        if (await LoadAsync(campaignId) is { } missing) return missing;
        var count = int.TryParse(Request.Text("count"), out var n) ? n : (int?)null;
        var answer = await SendFormAsync(HttpMethod.Post, $"/api/campaigns/{campaignId}/codes", new HandOutAnswerCodes(count));
        if (Refused(answer) is { } refused) return refused;
        await LoadAsync(campaignId);
        HandedOut = answer.Read<HandedOutCodes>();
        return Page();
    }

    /// <summary>POST /api/campaigns/{id}/conclusions: they replace earlier ones.</summary>
    public async Task<IActionResult> OnPostConclusionsAsync(Guid campaignId) =>
        await LoadAsync(campaignId) ?? await SendAsync($"/api/campaigns/{campaignId}/conclusions",
            new RecordConclusions(Request.Text("whatWorked"), Request.Text("whatDidNot"), Request.Text("whatNext")),
            _ => $"{ConsoleSetup.Prefix}/campaigns/{campaignId}?saved=conclusions");
}
