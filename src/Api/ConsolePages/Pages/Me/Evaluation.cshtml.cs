using LivingLibrary.Api.Evaluations;

namespace LivingLibrary.Api.ConsolePages.Pages.Me;

/// <summary>
/// A participant answers an evaluation of their group by name, on one short page, through the staff's own route (POST
/// /api/campaigns/{id}/answers, for themself only). Answered already or closed: a plain sentence instead of the questions.
/// </summary>
public sealed class EvaluationModel : MePage
{
    public Campaign Campaign { get; private set; } = null!;
    public QuestionsForm Form { get; private set; } = null!;

    /// <summary>Why there are no questions to answer here (answered already, closed), in plain words.</summary>
    public string? Said { get; private set; }

    private async Task<IActionResult?> LoadAsync(Guid campaignId)
    {
        if (await LoadMeAsync() is not { } me) return NotFound();
        if (await Query.LoadAsync<Campaign>(campaignId) is not { } campaign || campaign.MayAnswerByName(Caller, me, Me) is not null
            || !campaign.TakesNamedAnswers) return NotFound();
        Campaign = campaign;
        Form = new QuestionsForm(GetCampaignEndpoint.Asked(campaign, Language), Request.HasFormContentType ? Request.Form : null);
        Said = campaign.Answers.Any(a => a.ParticipantId == Me) ? T(Words.MeEvaluationsAlready)
            : campaign.IsTakingAnswers(Today) is not null ? T(Words.MeEvaluationsClosed)
            : null;
        return null;
    }

    public async Task<IActionResult> OnGetAsync(Guid campaignId) => await LoadAsync(campaignId) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid campaignId) =>
        await LoadAsync(campaignId) ?? await SendAsync($"/api/campaigns/{campaignId}/answers",
            new RecordNamedAnswers(Me, Form.Answers(), Form.MayQuote), _ => $"{Home}/evaluations?sent=true");
}
