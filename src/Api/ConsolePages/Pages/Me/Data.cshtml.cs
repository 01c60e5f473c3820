namespace LivingLibrary.Api.ConsolePages.Pages.Me;

/// <summary>
/// What is kept about a participant, in plain words; their export, self-service (GET /api/participants/{id}/export, for
/// themself, journalled as read by them, docs/adr/0013); their consent, given again here, withdrawn on a page of its own.
/// </summary>
public sealed class DataModel : MePage
{
    /// <summary>What the last form did, said in plain words.</summary>
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool withdrawn, bool given)
    {
        if (await LoadMeAsync() is null) return NotFound();
        Done = withdrawn ? T(Words.MeDataWithdrawn) : given ? T(Words.MeDataGiven) : null;
        return Page();
    }

    /// <summary>The export as the API writes it: the page to read and print, in the page's language.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        // The export is written in fr, nl or en; another language of the page (a pseudo-language) reads it in French.
        var language = RequestLanguages.Supported.Contains(Language) ? Language : RequestLanguages.Default;
        var answer = await Api.SendAsync(HttpContext, HttpMethod.Get, $"/api/participants/{Me}/export?format=page&language={language}");
        if (Refused(answer) is { } refused) return refused;
        Response.Headers.ContentDisposition = answer.Headers.ContentDisposition;
        return File(answer.Body, answer.Headers.ContentType.ToString());
    }

    /// <summary>POST /api/participants/{id}/consent: yes again, to the notice they had agreed to, today.</summary>
    public async Task<IActionResult> OnPostGiveAgainAsync()
    {
        if (await LoadMeAsync() is not { } me) return NotFound();
        return await SendAsync($"/api/participants/{Me}/consent", new RecordConsent(me.Consent.Notice, Today, me.Consent.Version),
            _ => $"{Home}/data?given=true");
    }
}
