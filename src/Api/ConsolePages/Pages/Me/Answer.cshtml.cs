using LivingLibrary.Api.Evaluations;
using Microsoft.AspNetCore.RateLimiting;

namespace LivingLibrary.Api.ConsolePages.Pages.Me;

/// <summary>
/// The anonymous form a code slip's QR code opens, without signing in (docs/adr/0009): the page speaks for nobody and asks
/// the API's route where the code is the credential, in-process (docs/adr/0022). The code comes in the query from the
/// slip, or typed; it goes back in the form's body, never in an address the log keeps (the log keeps paths only).
/// </summary>
[EnableRateLimiting(AnswerCodeLimits.Policy)]
public sealed class AnswerModel : ConsolePage
{
    public string? Organisation => Request.Query["organisation"].ToString() is { Length: > 0 and <= 200 } o ? o : null;
    public Guid? CampaignId => Guid.TryParse(Request.Query["campaign"], out var id) ? id : null;
    public string? Code { get; private set; }

    public QuestionsForm? Form { get; private set; }

    /// <summary>Why there is nothing to answer (a wrong or used code, a closed evaluation, an address that is none), or thanks.</summary>
    public string? Said { get; private set; }

    private string ApiPath => $"/api/organisations/{Uri.EscapeDataString(Organisation!)}/campaigns/{CampaignId}/with-code";

    /// <summary>Whoever holds the slip is nobody to the API: a cookie this browser may have for another page is not sent along.</summary>
    private void AsNobody() => HttpContext.User = new ClaimsPrincipal(new ClaimsIdentity());

    private async Task<IActionResult?> OpenAsync(string? code)
    {
        AsNobody();
        if (Organisation is null || CampaignId is null) return Say(Words.MeEvaluationsNoSuchAddress);
        Code = code;
        if (string.IsNullOrWhiteSpace(code)) return null;
        var answer = await Api.SendAsync(HttpContext, HttpMethod.Get, $"{ApiPath}?code={Uri.EscapeDataString(code)}&language={Language}");
        if (answer.Status == StatusCodes.Status404NotFound) return Say(Words.MeEvaluationsNoSuchAddress);
        if (!answer.Succeeded) return Plainly(answer);
        Form = new QuestionsForm(answer.Read<QuestionnaireWithCode>()!.Questions, Request.HasFormContentType ? Request.Form : null);
        return null;
    }

    /// <summary>A refusal in plain words: the code (wrong, used) or the evaluation (closed, not open yet), nothing more.</summary>
    private IActionResult Plainly(ApiAnswer refused) =>
        Say(refused.Refusal?.Detail.Code == RecordAnonymousAnswers.CodeRefused.Detail.Code ? Words.MeEvaluationsCodeRefused : Words.MeEvaluationsClosed);

    private IActionResult Say(Word word)
    {
        Said = T(word);
        return Page();
    }

    public async Task<IActionResult> OnGetAsync(string? code, bool sent)
    {
        if (sent)
        {
            Said = T(Words.MeEvaluationsThanks);
            return Page();
        }
        return await OpenAsync(code) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync(Request.Form["code"].ToString()) is { } shown) return shown;
        if (Form is null) return Page();
        var sent = await SendFormAsync(HttpMethod.Post, ApiPath, new RecordAnonymousAnswers(Code, Form.Answers(), Form.MayQuote));
        if (sent.Status == StatusCodes.Status409Conflict) return Plainly(sent);
        return Refused(sent) ?? LocalRedirect($"{MePage.Answer}?sent=true#{Message}");
    }
}
