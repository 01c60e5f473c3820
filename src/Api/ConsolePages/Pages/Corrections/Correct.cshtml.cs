using LivingLibrary.Api.Cases;
using LivingLibrary.Api.Evaluations;
using LivingLibrary.Api.Journal;
using LivingLibrary.Api.Pairings;

namespace LivingLibrary.Api.ConsolePages.Pages.Corrections;

/// <summary>What can be corrected, each with its form.</summary>
public enum Correctable
{
    Session,
    Accompaniment,
    Case,
    Answers,
}

/// <summary>
/// Correcting a help session, an accompaniment, a case or a person's named answers: the form holds the facts as they are
/// counted now, with why they are corrected; POST sends the API's command (docs/adr/0022) and goes back to the page the
/// record is on. The first record stays in its history.
/// </summary>
public sealed class CorrectModel : CasePage
{
    public Correctable What { get; private set; }
    public HelpSession? Session { get; private set; }
    public Accompaniment? Accompaniment { get; private set; }
    public ProblemCase? Problem { get; private set; }
    public Campaign? Campaign { get; private set; }
    public AnswerSet? Answers { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>The page the record is on, where the form goes back to.</summary>
    public string Back { get; private set; } = "";

    private string path = "";

    public static string InputOf(int question) => $"q.{question}";

    /// <summary>What was sent when the form comes back, else what is counted now.</summary>
    public string? Value(string name, string? now) => Request.HasFormContentType ? Request.Text(name) : now;

    private async Task<IActionResult?> LoadAsync(string what, Guid id, Guid? part)
    {
        if (!Enum.TryParse<Correctable>(what, ignoreCase: true, out var correctable) || !Enum.IsDefined(correctable) || what.Any(char.IsUpper)) return NotFound();
        What = correctable;
        await LoadListsAsync();
        switch (What)
        {
            case Correctable.Session:
                if (await Query.LoadAsync<Pairing>(id) is not { } pairing) return NotFound();
                if (Refused(await Query.MayActOnAsync(pairing, User)) is { } noPairing) return noPairing;
                if (pairing.Sessions.FirstOrDefault(s => s.Id == part) is not { } session) return NotFound();
                Session = session;
                Back = $"/console/pairings/{id}";
                path = $"/api/pairings/{id}/sessions/{part}/correct";
                return null;
            case Correctable.Case or Correctable.Accompaniment:
                if (await Query.LoadAsync<ProblemCase>(id) is not { } problem || !problem.Counts) return NotFound();
                if (Refused(await Query.MayActOnAsync(problem, User)) is { } noCase) return noCase;
                Problem = problem;
                Back = $"/console/cases/{id}";
                path = $"/api/cases/{id}/correct";
                if (What == Correctable.Accompaniment)
                {
                    if (problem.Accompaniments.FirstOrDefault(a => a.AccompanimentId == part) is not { } accompaniment) return NotFound();
                    Accompaniment = accompaniment;
                    path = $"/api/cases/{id}/accompaniments/{part}/correct";
                }
                return null;
            default:
                var campaign = await Query.LoadAsync<Campaign>(id);
                if (Refused(await Query.MayActOnAsync(campaign, User)) is { } noCampaign) return noCampaign;
                if (campaign!.Answers.FirstOrDefault(a => a.ParticipantId == part && part is not null) is not { } answers) return NotFound();
                Campaign = campaign;
                Answers = answers;
                Name = (await Query.LoadAsync<Participant>(part!.Value))?.Person.DisplayName ?? "";
                Back = $"/console/campaigns/{id}";
                path = $"/api/campaigns/{id}/answers/{part}/correct";
                return null;
        }
    }

    /// <summary>A case's words are the person's: showing them is journalled, as the case's page does (docs/adr/0013).</summary>
    private Task<IActionResult> ShownAsync(IActionResult result) =>
        Problem is not { } problem ? Task.FromResult(result)
        : problem.ParticipantId is { } participant ? Journalled(result, PersonKind.Participant, participant, problem.Id, PersonalRead.Case)
        : Journalled(result, PersonKind.Visitor, problem.Visitor!.VisitorId, problem.Id, PersonalRead.Case);

    public async Task<IActionResult> OnGetAsync(string what, Guid id, Guid? part) =>
        await LoadAsync(what, id, part) ?? await ShownAsync(Page());

    public async Task<IActionResult> OnPostAsync(string what, Guid id, Guid? part)
    {
        if (await LoadAsync(what, id, part) is { } missing) return missing;
        var (reason, explanation) = (Request.Choice<CorrectionReason>("reason"), Request.Text("explanation"));
        object command = What switch
        {
            Correctable.Session => new CorrectHelpSession(Request.Date("heldOn"), Request.Number("durationMinutes"), Request.Text("workedOn"),
                Request.Choice<LearnerFeeling>("learnerFelt"), reason, explanation),
            Correctable.Accompaniment => new CorrectAccompaniment(Request.Date("on"), Request.Number("minutes"), Request.Choice<Setting>("setting"),
                Request.Choice<DeviceUsed>("device"), Request.Choice<ProcedureProgress>("progress"), Request.Lines("steps"), Request.Text("note"), reason, explanation),
            Correctable.Case => new CorrectCase(Request.Text("goal"), Request.Text("service"), Request.Text("difficulty"), Problem!.Details.Skills,
                Request.Choice<Urgency>("urgency"), Request.Date("dueOn"), reason, explanation),
            _ => new CorrectNamedAnswers(AnswersTyped(), Request.Text("mayQuote") == "true", reason, explanation),
        };
        return await ShownAsync(await SendAsync(path, command, _ => $"{Back}?saved=true#message"));
    }

    /// <summary>One input per question (q.{index}); a blank one is no answer, a choice that is no number is sent as none (the API names it).</summary>
    private List<Answer?> AnswersTyped() =>
        [.. Campaign!.Questions.Select((q, i) => (q, typed: Request.Text(InputOf(i))))
            .Where(x => x.typed is not null)
            .Select(x => (Answer?)(Questionnaire.Choices(x.q.Kind) is not null
                ? new Answer(x.q.Key, x.q.Version, int.TryParse(x.typed, out var choice) ? choice : -1, null)
                : new Answer(x.q.Key, x.q.Version, null, x.typed)))];
}
